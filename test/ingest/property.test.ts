import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import fc from "fast-check";
import { isIsoDate } from "../../src/ingest/dates.js";
import { decodeBytes } from "../../src/ingest/decode.js";
import { parseHtmlStory } from "../../src/ingest/html.js";
import type { ReadItem } from "../../src/ingest/item.js";
import { parseJsonlLine } from "../../src/ingest/jsonl.js";
import { isHttpUrl, normalizeNewlines, reduceMarkdownLinks, tidyBody } from "../../src/ingest/normalize.js";
import { parseTextStory } from "../../src/ingest/text.js";
import { fixture, origin } from "./helpers.js";

/** Property tests: whatever the input, the parsers return a value (never throw), quickly, and stories are well formed. */

const TEXT_LIMIT_MS = 500;
const HTML_LIMIT_MS = 2000;

const read = (name: string): string => readFileSync(fixture(name), "utf8");

function timed<T>(limitMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < limitMs, `took ${elapsed.toFixed(0)} ms`);
  return result;
}

/** Invariants every story satisfies, whatever the format. */
function checkStory(item: ReadItem, id: string): void {
  if (item.kind === "problem") {
    assert.equal(typeof item.problem.code, "string");
    assert.ok(item.problem.severity === "error" || item.problem.severity === "warning");
    assert.ok(item.problem.message.length > 0);
    return;
  }
  const { story, problems } = item;
  assert.equal(story.id, id);
  assert.ok(story.text.trim().length > 0, "empty text");
  assert.ok(!story.text.includes("\r"), "CR in text");
  assert.ok(!story.text.startsWith("\uFEFF"), "BOM in text");
  assert.ok(story.published === null || isIsoDate(story.published), `bad date ${story.published}`);
  assert.ok(story.url === null || typeof story.url === "string");
  assert.ok(story.title === null || (story.title.length > 0 && !/[\r\n]/.test(story.title)), "bad title");
  if (story.published === null) assert.ok(problems.some((p) => p.code === "no-date"));
  for (const p of problems) assert.equal(p.severity, "warning");
}

/** Text and HTML bodies are tidy: re-tidying changes nothing, so offsets into them are stable. */
function checkTidy(text: string): void {
  assert.equal(tidyBody(text), text, "text is not a fixed point of tidyBody");
  assert.ok(!text.includes("\n\n\n"));
  assert.equal(text, text.trim());
}

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "\n",
      "\r\n",
      "\n\n\n",
      "\r",
      "\uFEFF",
      "\u0000",
      "[link](#)",
      "![img](x.png)",
      "[[nested](a)](b)",
      "Original url:",
      "<https://example.org/z>",
      "June 31, 2025",
      "2024-02-30",
      "Related article: ",
      "<p>",
      "</p>",
      "<!--",
      "<script>",
      "</article>",
      "<br>",
      "&amp;&nbsp;",
      "\u00a0",
    ),
  ),
});

function mutate(text: string, mutations: { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    out = out.slice(0, at) + m.insert + out.slice(at + m.remove);
  }
  return out;
}

const LINES = [
  "",
  "  ",
  "2024-03-05",
  "March 5, 2024",
  "5 March 2024",
  "https://example.org/story",
  "Original url:",
  "Original url: https://example.org/x",
  "<https://example.org/y>",
  "Photo / Agency",
  "Related article: [Other](#)",
  "A [linked](#) sentence.",
  "Body sentence one, with a comma.",
];
const linesText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: "binary", maxLength: 40 })), {
      maxLength: 25,
    }),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.boolean(),
  )
  .map(([lines, eol, bom]) => (bom ? "\uFEFF" : "") + lines.join(eol));

describe("property: parseTextStory", () => {
  const textCheck = (input: string): void => {
    const item = timed(TEXT_LIMIT_MS, () => parseTextStory(input, origin("text"), "p"));
    checkStory(item, "p");
    if (item.kind !== "story") return;
    checkTidy(item.story.text);
    assert.ok(item.story.url === null || isHttpUrl(item.story.url));
    // Nothing is invented: every body line is an input line with links reduced (and trimmed).
    const source = new Set(
      normalizeNewlines(input)
        .split("\n")
        .map((line) => reduceMarkdownLinks(line).trim()),
    );
    for (const line of item.story.text.split("\n")) {
      if (line !== "") assert.ok(source.has(line.trim()), `invented line ${JSON.stringify(line)}`);
    }
  };

  it("never throws on random strings and keeps its invariants", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 3000 }), textCheck), { numRuns: 300 });
  });

  it("never throws on random header-like lines", () => {
    fc.assert(fc.property(linesText, textCheck), { numRuns: 400 });
  });

  it("keeps the header of a mutated header-layout story", () => {
    const original = read("header-layout.txt");
    const headerEnd = original.indexOf("\n\n") + 2;
    const head = original.slice(0, headerEnd);
    const body = original.slice(headerEnd);
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const item = parseTextStory(head + mutate(body, mutations), origin("text"), "h");
        checkStory(item, "h");
        if (item.kind === "problem") {
          assert.equal(item.problem.code, "no-text");
          return;
        }
        checkTidy(item.story.text);
        assert.equal(item.story.title, "Norway and Chile sign fisheries accord after two years of talks");
        assert.equal(item.story.published, "2024-03-05");
        assert.equal(item.story.url, "https://news.example.org/2024/03/05/norway-chile-fisheries-accord");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated seed and plain stories", () => {
    const fixtures = [read("seed-layout.txt"), read("no-date.txt"), read("source-note-layout.txt")];
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { maxLength: 8 }), (text, mutations) =>
        textCheck(mutate(text, mutations)),
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on random bytes, decoded or refused", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeBytes(bytes, true);
        if (!decoded.ok) {
          assert.ok(["empty-file", "binary-file", "invalid-utf8"].includes(decoded.code));
          return;
        }
        textCheck(decoded.text);
      }),
      { numRuns: 300 },
    );
  });
});

const TAGS = [
  "p",
  "div",
  "article",
  "nav",
  "footer",
  "span",
  "a",
  "h1",
  "li",
  "ul",
  "script",
  "style",
  "br",
  "time",
  "main",
  "table",
  "td",
];
const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(
        "The ministers met in Geneva on Monday, officials said, and agreed to talk again. ",
        '<meta property="article:published_time" content="2024-01-02">',
        '<link rel="canonical" href="https://example.org/c">',
        '<script type="application/ld+json">{"datePublished":"2024-01-03"}</script>',
        "<html>",
        "<head>",
        "<body>",
        "<!doctype html>",
        "&amp; &lt; &#x27;",
      ),
      fc.string({ unit: "binary", maxLength: 30 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("property: parseHtmlStory", () => {
  const htmlCheck = (input: string): void => {
    const item = timed(HTML_LIMIT_MS, () => parseHtmlStory(input, origin("html"), "w"));
    checkStory(item, "w");
    if (item.kind === "problem") {
      assert.ok(["no-article", "bad-html", "no-text"].includes(item.problem.code), item.problem.code);
      return;
    }
    checkTidy(item.story.text);
    assert.ok(item.story.url === null || isHttpUrl(item.story.url));
    for (const paragraph of item.story.text.split("\n\n")) {
      assert.ok(paragraph.length > 0);
      assert.equal(paragraph, paragraph.replace(/\s+/g, " ").trim(), "paragraph whitespace not normalised");
    }
  };

  it("never throws on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2000 }), htmlCheck), { numRuns: 100 });
  });

  it("never throws on tag soup", () => {
    fc.assert(fc.property(tagSoup, htmlCheck), { numRuns: 150 });
  });

  it("never throws on a mutated article page, and keeps its metadata when the head is intact", () => {
    const original = read("article.html");
    const headEnd = original.indexOf("</head>") + "</head>".length;
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const page = original.slice(0, headEnd) + mutate(original.slice(headEnd), mutations);
        htmlCheck(page);
        const item = parseHtmlStory(page, origin("html"), "w");
        if (item.kind === "story") {
          assert.equal(item.story.published, "2024-05-14");
          assert.equal(item.story.url, "https://courier.example.com/africa/kenya-ethiopia-corridor");
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe("property: parseJsonlLine", () => {
  const at = origin("jsonl", "p.jsonl", 1);

  it("never throws on random lines; blank lines give null", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 500 }), (line) => {
        const item = timed(TEXT_LIMIT_MS, () => parseJsonlLine(line, at));
        if (item === null) assert.equal(line.replace(/^\uFEFF/, "").trim(), "");
        else if (item.kind === "problem")
          assert.ok(["bad-jsonl", "missing-field", "no-text"].includes(item.problem.code));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const item = parseJsonlLine(JSON.stringify(value) ?? "null", at);
        if (item?.kind === "story") checkStory(item, item.story.id);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips well-formed records, keeping the text as given (newlines normalised)", () => {
    const record = fc.record({
      id: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
      text: fc.string({ unit: "binary", minLength: 1, maxLength: 500 }).filter((s) => s.trim() !== ""),
      title: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      published: fc.option(
        fc
          .date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString()),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(record, (r) => {
        const item = parseJsonlLine(JSON.stringify(r), at);
        assert.ok(item !== null && item.kind === "story");
        checkStory(item, r.id.trim());
        assert.equal(item.story.text, normalizeNewlines(r.text));
        assert.equal(item.story.published, r.published === undefined ? null : r.published.slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  it("reports every strict prefix of a fixture line as bad-jsonl", () => {
    const line = read("batch.jsonl").split("\n")[0];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: line.length - 1 }), (cut) => {
        const item = parseJsonlLine(line.slice(0, cut), at);
        assert.ok(item !== null && item.kind === "problem");
        assert.equal(item.problem.code, "bad-jsonl");
        assert.equal(item.problem.line, 1);
      }),
      { numRuns: 100 },
    );
  });
});
