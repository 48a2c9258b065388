import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseTextStory } from "../../src/ingest/text.js";
import { expectProblem, expectStory, fixture, origin } from "./helpers.js";

const read = (name: string): string => readFileSync(fixture(name), "utf8");

describe("parseTextStory: header layout (title / date / URL / blank / body)", () => {
  const { story, problems } = expectStory(
    parseTextStory(read("header-layout.txt"), origin("text"), "header-layout"),
  );

  it("takes title, date and URL from the first three lines", () => {
    assert.equal(story.id, "header-layout");
    assert.equal(story.title, "Norway and Chile sign fisheries accord after two years of talks");
    assert.equal(story.published, "2024-03-05");
    assert.equal(story.url, "https://news.example.org/2024/03/05/norway-chile-fisheries-accord");
    assert.deepEqual(problems, []);
  });

  it("keeps only the body in story.text", () => {
    assert.ok(story.text.startsWith("Norway and Chile signed a fisheries cooperation agreement in Oslo"));
    assert.ok(story.text.endsWith("jack mackerel stocks."));
    assert.ok(!story.text.includes("https://"));
    assert.ok(!story.text.includes("2024-03-05"));
    assert.equal(story.text.split("\n\n").length, 3);
  });

  it("accepts a source note instead of a URL and normalises CRLF", () => {
    const item = expectStory(parseTextStory(read("source-note-layout.txt"), origin("text"), "note"));
    assert.equal(item.story.url, null);
    assert.equal(item.story.published, "2023-11-20");
    assert.ok(item.story.text.startsWith("ACCRA, Nov 20 - Ghana's interior minister"));
    assert.ok(!item.story.text.includes("\r"));
    assert.ok(!item.story.text.includes("wire.example.net"));
  });

  it("treats a non-URL third line that is prose as the first paragraph", () => {
    const text = "A title\n2024-01-02\nThe first paragraph follows the date directly.\n\nSecond paragraph.";
    const { story: s } = expectStory(parseTextStory(text, origin("text"), "x"));
    assert.equal(s.url, null);
    assert.ok(s.text.startsWith("The first paragraph"));
  });

  it("strips a byte-order mark", () => {
    const { story: s } = expectStory(
      parseTextStory(`\uFEFF${read("header-layout.txt")}`, origin("text"), "bom"),
    );
    assert.equal(s.title, "Norway and Chile sign fisheries accord after two years of talks");
    assert.equal(s.text, story.text);
  });
});

describe("parseTextStory: seed layout (title / human date / credit / body / Original url)", () => {
  const { story, problems } = expectStory(
    parseTextStory(read("seed-layout.txt"), origin("text"), "seed-layout"),
  );

  it("reads title, human date and trailer URL", () => {
    assert.equal(story.title, "Peru Recalls Ambassador From Bolivia Over Border Incident");
    assert.equal(story.published, "2024-03-12");
    assert.equal(story.url, "https://news.example.org/2024/03/12/peru-recalls-ambassador-bolivia");
    assert.deepEqual(problems, []);
  });

  it("drops the photo credit, the related-article line and the trailer; reduces links to text", () => {
    assert.ok(story.text.startsWith("Peru recalled its ambassador from La Paz on Tuesday"));
    assert.ok(story.text.includes("the foreign ministry said."));
    assert.ok(story.text.includes("Bolivia's government rejected the accusations"));
    assert.ok(!story.text.includes("Andes Press"));
    assert.ok(!story.text.includes("Related article"));
    assert.ok(!story.text.includes("]("));
    assert.ok(!/original url/i.test(story.text));
    assert.ok(story.text.endsWith("a Peruvian official said."));
  });

  it("reads a one-line trailer and a day-month-year date", () => {
    const text = "Title here\n\n5 March 2024\n\nBody sentence one.\n\nOriginal url: https://example.org/x\n";
    const { story: s } = expectStory(parseTextStory(text, origin("text"), "t"));
    assert.equal(s.published, "2024-03-05");
    assert.equal(s.url, "https://example.org/x");
    assert.equal(s.text, "Body sentence one.");
  });

  it("keeps a line after the date that is not a credit", () => {
    const text = "Title\n\nMarch 5, 2024\n\nOfficials met in Lima.\n\nThey agreed.";
    const { story: s } = expectStory(parseTextStory(text, origin("text"), "t"));
    assert.equal(s.text, "Officials met in Lima.\n\nThey agreed.");
  });
});

describe("parseTextStory: plain text", () => {
  it("uses the whole text as the body and the short first line as title, with no date", () => {
    const { story, problems } = expectStory(parseTextStory(read("no-date.txt"), origin("text"), "no-date"));
    assert.equal(story.title, "Protesters rally outside parliament in Tbilisi");
    assert.equal(story.published, null);
    assert.ok(story.text.startsWith("Protesters rally outside parliament in Tbilisi\n\nThousands"));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, "no-date");
    assert.equal(problems[0].severity, "warning");
    assert.equal(problems[0].story, "no-date");
  });

  it("uses the date option when the story has none, without a warning", () => {
    const { story, problems } = expectStory(
      parseTextStory(read("no-date.txt"), origin("text"), "no-date", { date: "2024-04-01" }),
    );
    assert.equal(story.published, "2024-04-01");
    assert.deepEqual(problems, []);
  });

  it("prefers the story's own date over the option", () => {
    const { story } = expectStory(
      parseTextStory(read("header-layout.txt"), origin("text"), "h", { date: "2000-01-01" }),
    );
    assert.equal(story.published, "2024-03-05");
  });

  it("has no title when the first line is long", () => {
    const long = `${"word ".repeat(60)}end.`;
    const { story } = expectStory(parseTextStory(long, origin("text"), "long"));
    assert.equal(story.title, null);
    assert.equal(story.text, long);
  });

  it("gives a no-text problem for blank input or a header without body", () => {
    assert.equal(expectProblem(parseTextStory("  \n\n ", origin("text"), "blank")).code, "no-text");
    const p = expectProblem(
      parseTextStory("Title\n2024-01-01\nhttps://example.org/a\n\n", origin("text", "a.txt"), "a"),
    );
    assert.equal(p.code, "no-text");
    assert.equal(p.severity, "error");
    assert.equal(p.file, "a.txt");
  });
});

describe("parseTextStory: boilerplate lines", () => {
  it("drops bracketed 'Read:' links between paragraphs", () => {
    const text =
      "Border Talks Resume\n2025-03-01\nhttps://example.org/x\n\nThe talks resumed on Monday.\n\n[Read: Earlier talks collapsed over fishing rights]\n\nBoth delegations met again on Tuesday.\n";
    const { story } = expectStory(parseTextStory(text, origin(), "x"));
    assert.equal(story.text, "The talks resumed on Monday.\n\nBoth delegations met again on Tuesday.");
  });
});
