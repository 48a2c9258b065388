import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHtmlStory } from "../../src/ingest/html.js";
import { expectProblem, expectStory, fixture, origin } from "./helpers.js";

const read = (name: string): string => readFileSync(fixture(name), "utf8");

const PARAGRAPHS = [
  "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale trade corridor",
  "The agreement was reached in Nairobi after two days of talks",
  'Ethiopia\'s trade minister described the talks as "frank and productive"',
  "Traders on both sides of the border welcomed the decision",
];

describe("parseHtmlStory: an article page", () => {
  const { story, problems } = expectStory(
    parseHtmlStory(read("article.html"), origin("html", "article.html"), "article"),
  );

  it("takes title, meta date and canonical URL", () => {
    assert.equal(story.id, "article");
    assert.equal(story.title, "Kenya and Ethiopia agree to reopen trade corridor");
    assert.equal(story.published, "2024-05-14");
    assert.equal(story.url, "https://courier.example.com/africa/kenya-ethiopia-corridor");
    assert.deepEqual(problems, []);
  });

  it("keeps the article paragraphs, separated by blank lines", () => {
    const paragraphs = story.text.split("\n\n");
    assert.equal(paragraphs.length, PARAGRAPHS.length);
    paragraphs.forEach((p, i) => {
      assert.ok(p.startsWith(PARAGRAPHS[i]), `paragraph ${i}: ${p}`);
      assert.ok(!p.includes("\n"));
      assert.equal(p, p.replace(/\s+/g, " ").trim());
    });
  });

  it("leaves out navigation, sidebars, footer, scripts and styles", () => {
    for (const junk of [
      "Home",
      "Subscribe",
      "Most read",
      "recipes",
      "Copyright",
      "Privacy",
      "font-family",
      "@context",
    ]) {
      assert.ok(!story.text.includes(junk), `found "${junk}" in the text`);
    }
  });
});

describe("parseHtmlStory: metadata sources", () => {
  const body = `<p>${"The foreign ministers of Austria and Hungary met in Vienna on Friday to discuss the transit of goods, officials said. ".repeat(4)}</p><p>A second paragraph with more detail about the meeting and its outcome, which both sides called useful.</p>`;
  const page = (head: string, extra = ""): string =>
    `<!doctype html><html><head><title>Ministers meet</title>${head}</head><body><article>${body}${extra}</article></body></html>`;
  const published = (head: string, extra = ""): string | null =>
    expectStory(parseHtmlStory(page(head, extra), origin("html"), "m")).story.published;

  it("reads JSON-LD datePublished, preferring the article object", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","datePublished":"2001-01-01"},{"@type":"NewsArticle","datePublished":"2024-06-07T10:00:00Z"}]}</script>`;
    assert.equal(published(ld), "2024-06-07");
  });

  it("reads itemprop datePublished and <time datetime>", () => {
    assert.equal(published(`<meta itemprop="datePublished" content="7 June 2024">`), "2024-06-07");
    assert.equal(published("", `<p><time datetime="2024-06-08T09:00:00Z">Saturday</time></p>`), "2024-06-08");
  });

  it("ignores broken JSON-LD and unparseable dates", () => {
    assert.equal(
      published(`<script type="application/ld+json">{oops</script><meta name="date" content="soon">`),
      null,
    );
  });

  it("uses og:url when there is no canonical link, and ignores relative canonicals", () => {
    const { story } = expectStory(
      parseHtmlStory(
        page(
          `<link rel="canonical" href="/relative"><meta property="og:url" content="https://example.at/m">`,
        ),
        origin("html"),
        "m",
      ),
    );
    assert.equal(story.url, "https://example.at/m");
  });

  it("warns no-date, or uses the date option, when the page has no date", () => {
    const none = expectStory(parseHtmlStory(page(""), origin("html"), "m"));
    assert.equal(none.story.published, null);
    assert.deepEqual(
      none.problems.map((p) => p.code),
      ["no-date"],
    );
    const given = expectStory(parseHtmlStory(page(""), origin("html"), "m", { date: "2024-01-31" }));
    assert.equal(given.story.published, "2024-01-31");
  });

  it("handles a fragment without <html>", () => {
    const { story } = expectStory(parseHtmlStory(body, origin("html"), "frag"));
    assert.ok(story.text.startsWith("The foreign ministers of Austria"));
  });
});

describe("parseHtmlStory: pages without an article", () => {
  it("gives no-article for a navigation-only page", () => {
    const p = expectProblem(
      parseHtmlStory(read("no-article.html"), origin("html", "no-article.html"), "no-article"),
    );
    assert.equal(p.code, "no-article");
    assert.equal(p.severity, "error");
    assert.equal(p.file, "no-article.html");
    assert.match(p.message, /no-article\.html/);
  });

  it("gives no-article for empty, text-only and tiny pages", () => {
    for (const html of [
      "",
      "   ",
      "<html></html>",
      "<p>Hello</p>",
      "<<<>>>&&&",
      "<!doctype html><html><body><p>Two words.</p></body></html>",
    ]) {
      assert.equal(expectProblem(parseHtmlStory(html, origin("html"), "x")).code, "no-article", html);
    }
  });

  it("refuses pathologically deep pages quickly instead of running Readability on them", () => {
    const deep = `<html><body>${"<div>".repeat(3000)}${"text ".repeat(100)}${"</div>".repeat(3000)}</body></html>`;
    const started = performance.now();
    const p = expectProblem(parseHtmlStory(deep, origin("html"), "deep"));
    assert.equal(p.code, "bad-html");
    assert.ok(performance.now() - started < 2000);
  });
});
