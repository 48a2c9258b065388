import assert from "node:assert/strict";
import { mkdir, open, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { collect, errors, fixture, problems, stories, tempDir } from "./helpers.js";

describe("readInputs: the fixture folder", () => {
  it("reads every story and turns every bad file into one error, in sorted order", async () => {
    const items = await collect([fixture("")]);
    const files = items.map((item) =>
      (item.kind === "story" ? item.story.origin.file : item.problem.file)?.replace(
        /^.*fixtures\/ingest\//,
        "",
      ),
    );
    assert.deepEqual(files, [
      "article.html",
      "batch.jsonl",
      "batch.jsonl",
      "batch.jsonl",
      "batch.jsonl",
      "batch.jsonl",
      "binary.txt",
      "empty.txt",
      "header-layout.txt",
      "no-article.html",
      "no-date.txt",
      "seed-layout.txt",
      "source-note-layout.txt",
      "tree/2024/03/first.txt",
      "tree/2024/second.html",
      "tree/z-last.jsonl",
    ]);
    assert.deepEqual(
      errors(items).map((p) => [p.code, p.file?.replace(/^.*\//, ""), p.line]),
      [
        ["bad-jsonl", "batch.jsonl", 3],
        ["missing-field", "batch.jsonl", 4],
        ["binary-file", "binary.txt", null],
        ["empty-file", "empty.txt", null],
        ["no-article", "no-article.html", null],
      ],
    );
    for (const p of errors(items)) assert.equal(p.severity, "error");
    assert.equal(stories(items).length, 11);
  });

  it("walks a nested folder recursively, skipping hidden files and unknown extensions", async () => {
    const items = await collect([fixture("tree")]);
    assert.deepEqual(
      stories(items).map((s) => [s.id, s.origin.format]),
      [
        ["first", "text"],
        ["second", "html"],
        ["tree-jl-1", "jsonl"],
      ],
    );
    assert.deepEqual(problems(items), []);
    assert.equal(stories(items)[1].published, "2024-03-10");
    assert.equal(stories(items)[1].url, "https://example.ca/news/canada-expels-diplomat");
  });

  it("names JSONL stories by their id and text stories by their file name", async () => {
    const items = await collect([fixture("batch.jsonl"), fixture("header-layout.txt")]);
    assert.deepEqual(
      stories(items).map((s) => [s.id, s.origin.line]),
      [
        ["jl-001", 1],
        ["jl-002", 2],
        ["jl-005", 6],
        ["header-layout", null],
      ],
    );
  });
});

describe("readInputs: dates", () => {
  it("applies the date option to stories without one, and warns no-date otherwise", async () => {
    const without = await collect([fixture("no-date.txt")]);
    assert.deepEqual(
      problems(without).map((p) => [p.code, p.severity, p.story]),
      [["no-date", "warning", "no-date"]],
    );
    const withDate = await collect([fixture("no-date.txt"), fixture("header-layout.txt")], {
      date: "2024-07-01",
    });
    assert.deepEqual(
      stories(withDate).map((s) => s.published),
      ["2024-07-01", "2024-03-05"],
    );
    assert.deepEqual(problems(withDate), []);
  });

  it("reports an invalid date option once and ignores it", async () => {
    const items = await collect([fixture("no-date.txt")], { date: "July 1" });
    assert.deepEqual(
      problems(items).map((p) => p.code),
      ["bad-option", "no-date"],
    );
  });
});

describe("readInputs: bad input", () => {
  let dir = "";
  let cleanup: () => Promise<void> = async () => {};
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  it("reports a missing path as not-found and goes on", async () => {
    const items = await collect([join(dir, "nope.txt"), fixture("header-layout.txt")]);
    assert.equal(items.length, 2);
    assert.equal(errors(items)[0].code, "not-found");
    assert.equal(errors(items)[0].file, join(dir, "nope.txt"));
    assert.equal(stories(items).length, 1);
  });

  it("reports invalid UTF-8 with the line, and goes on", async () => {
    const bad = join(dir, "latin1.txt");
    await writeFile(
      bad,
      Buffer.concat([
        Buffer.from("Title\n2024-01-01\n\nFirst line.\nCaf"),
        Buffer.from([0xe9]),
        Buffer.from(" au lait.\n"),
      ]),
    );
    const items = await collect([bad, fixture("header-layout.txt")]);
    const [p] = errors(items);
    assert.equal(p.code, "invalid-utf8");
    assert.equal(p.file, bad);
    assert.equal(p.line, 5);
    assert.match(p.message, /invalid UTF-8/);
    assert.equal(stories(items).length, 1);
  });

  it("refuses a 50 MB file quickly, without reading it", async () => {
    const big = join(dir, "big.txt");
    const handle = await open(big, "w");
    const block = Buffer.alloc(1024 * 1024, "All work and no play makes a long story.\n");
    for (let i = 0; i < 50; i++) await handle.write(block);
    await handle.close();
    const started = performance.now();
    const items = await collect([big, fixture("header-layout.txt")]);
    const elapsed = performance.now() - started;
    const [p] = errors(items);
    assert.equal(p.code, "too-large");
    assert.equal(p.file, big);
    assert.match(p.message, /50\.0 MB, over the 20\.0 MB limit/);
    assert.equal(stories(items).length, 1);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });

  it("honours a smaller maxBytes, per file and per JSON Lines line", async () => {
    const items = await collect([fixture("header-layout.txt"), fixture("batch.jsonl")], { maxBytes: 200 });
    assert.deepEqual(
      errors(items).map((p) => [p.code, p.line]),
      [
        ["too-large", null],
        ["too-large", 1],
        ["too-large", 2],
        ["bad-jsonl", 3],
        ["missing-field", 4],
      ],
    );
    // the text file (546 bytes) and JSONL lines 1 (293) and 2 (210) are over the limit; line 6 (193) is not
    assert.deepEqual(
      stories(items).map((s) => s.id),
      ["jl-005"],
    );
  });

  it("reports JSON Lines lines with invalid UTF-8 or over the limit, keeping the others", async () => {
    const path = join(dir, "mixed.ndjson");
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from('{"id": "a", "text": "First.", "published": "2024-01-01"}\r\n'),
        Buffer.from('{"id": "b", "text": "Caf'),
        Buffer.from([0xff]),
        Buffer.from('"}\n'),
        Buffer.from(`{"id": "c", "text": "${"x".repeat(300)}"}\n`),
        Buffer.from('{"id": "d", "text": "Last.", "published": "2024-01-02"}'),
      ]),
    );
    const items = await collect([path], { maxBytes: 200 });
    assert.deepEqual(
      items.map((item) =>
        item.kind === "story" ? item.story.id : `${item.problem.code}@${item.problem.line}`,
      ),
      ["a", "invalid-utf8@2", "too-large@3", "d"],
    );
  });

  it("reports an empty JSON Lines file and a binary one", async () => {
    const empty = join(dir, "empty.jsonl");
    const blank = join(dir, "blank.jsonl");
    const binary = join(dir, "binary.jsonl");
    await writeFile(empty, "");
    await writeFile(blank, "\n  \n");
    await writeFile(binary, Buffer.from([0x7b, 0, 1, 2, 3, 0x0a, 0x7b, 0x7d]));
    const items = await collect([empty, blank, binary]);
    assert.deepEqual(
      errors(items).map((p) => p.code),
      ["empty-file", "empty-file", "binary-file"],
    );
  });

  it("reads .json arrays, sniffs unknown extensions, decodes UTF-16 and declared HTML charsets", async () => {
    const json = join(dir, "records.json");
    await writeFile(
      json,
      JSON.stringify([{ id: "j1", text: "One.", published: "2024-01-01" }, { id: "j2" }]),
    );
    const noExt = join(dir, "README");
    await writeFile(noExt, "Plain notes\n2024-02-02\n\nSomething happened.");
    const utf16 = join(dir, "utf16.txt");
    await writeFile(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Title\n2024-03-03\n\nBody text.", "utf16le")]),
    );
    const legacy = join(dir, "legacy.htm");
    const page = `<html><head><meta charset="windows-1252"><meta name="date" content="2024-04-04"></head><body><article><p>${"Caf\u00e9 owners in Lyon protested against new rules on Monday, the city council said. ".repeat(3)}</p></article></body></html>`;
    await writeFile(legacy, Buffer.from(page, "latin1"));
    const items = await collect([json, noExt, utf16, legacy]);
    assert.deepEqual(
      items.map((item) => (item.kind === "story" ? item.story.id : item.problem.code)),
      ["j1", "missing-field", "README", "utf16", "legacy"],
    );
    const all = stories(items);
    assert.equal(all[1].published, "2024-02-02");
    assert.equal(all[2].text, "Body text.");
    assert.ok(all[3].text.startsWith("Caf\u00e9 owners in Lyon"));
  });

  it("warns when a story id repeats in one batch", async () => {
    const sub = join(dir, "again");
    await mkdir(sub, { recursive: true });
    await writeFile(
      join(sub, "header-layout.txt"),
      "Other\n2024-01-01\n\nAnother story with the same file name.",
    );
    const items = await collect([fixture("header-layout.txt"), sub]);
    assert.deepEqual(
      problems(items).map((p) => p.code),
      ["duplicate-id"],
    );
  });
});

describe("readInputs: stdin", () => {
  const stdin = (...chunks: (string | Buffer)[]) =>
    Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));

  it("sniffs plain text", async () => {
    const items = await collect(["-"], {
      stdin: stdin("Title\n2024-05-", "05\nhttps://example.org/x\n\nBody here."),
    });
    const [s] = stories(items);
    assert.equal(s.id, "stdin");
    assert.equal(s.published, "2024-05-05");
    assert.equal(s.text, "Body here.");
    assert.deepEqual(s.origin, { file: "<stdin>", line: null, format: "stdin" });
  });

  it("sniffs HTML", async () => {
    const html = `  <html><head><meta property="article:published_time" content="2024-05-06"></head><body><article><p>${"Officials in Quito and Lima signed a border accord on Monday. ".repeat(3)}</p></article></body></html>`;
    const [s] = stories(await collect(["-"], { stdin: stdin(html) }));
    assert.equal(s.published, "2024-05-06");
    assert.ok(s.text.startsWith("Officials in Quito"));
  });

  it("streams JSON Lines, split across chunks, reporting broken lines", async () => {
    const items = await collect(["-"], {
      stdin: stdin(
        "\n",
        '{"id": "x1", "text": "One.", "publi',
        'shed": "2024-01-01"}\n{bad\n{"id": "x2", "text": "Two."}',
      ),
      date: "2024-02-02",
    });
    assert.deepEqual(
      items.map((item) =>
        item.kind === "story"
          ? `${item.story.id}:${item.story.published}`
          : `${item.problem.code}@${item.problem.line}`,
      ),
      ["x1:2024-01-01", "bad-jsonl@3", "x2:2024-02-02"],
    );
    assert.equal(stories(items)[0].origin.file, "<stdin>");
  });

  it("reports empty, binary and too-large input", async () => {
    assert.equal(errors(await collect(["-"], { stdin: stdin() }))[0].code, "empty-file");
    assert.equal(errors(await collect(["-"], { stdin: stdin("  \n") }))[0].code, "empty-file");
    assert.equal(
      errors(await collect(["-"], { stdin: stdin(Buffer.from([1, 2, 0, 3])) }))[0].code,
      "binary-file",
    );
    const many = Array.from({ length: 10 }, () => "x".repeat(100));
    assert.equal(errors(await collect(["-"], { stdin: stdin(...many), maxBytes: 500 }))[0].code, "too-large");
  });
});
