import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseJsonlLine } from "../../src/ingest/jsonl.js";
import { expectProblem, expectStory, origin } from "./helpers.js";

const at = (line: number) => origin("jsonl", "corpus.jsonl", line);

describe("parseJsonlLine", () => {
  it("reads a full record", () => {
    const line = JSON.stringify({
      id: "s1",
      url: "https://example.org/s1",
      title: "  Talks   resume ",
      published: "2024-02-01T12:00:00Z",
      text: "Line one.\r\n\r\nLine two.",
    });
    const { story, problems } = expectStory(parseJsonlLine(line, at(3)));
    assert.equal(story.id, "s1");
    assert.equal(story.url, "https://example.org/s1");
    assert.equal(story.title, "Talks resume");
    assert.equal(story.published, "2024-02-01");
    assert.equal(story.text, "Line one.\n\nLine two.");
    assert.deepEqual(story.origin, at(3));
    assert.deepEqual(problems, []);
  });

  it("skips blank lines", () => {
    assert.equal(parseJsonlLine("   ", at(1)), null);
    assert.equal(parseJsonlLine("", at(1)), null);
  });

  it("reports a broken line with file and line number", () => {
    const p = expectProblem(parseJsonlLine('{"id": "x", "text": "cut', at(7)));
    assert.equal(p.code, "bad-jsonl");
    assert.equal(p.severity, "error");
    assert.equal(p.file, "corpus.jsonl");
    assert.equal(p.line, 7);
    assert.match(p.message, /^corpus\.jsonl:7: invalid JSON/);
  });

  it("reports records that are not objects", () => {
    for (const line of ["[1,2]", "42", '"text"', "null"]) {
      assert.equal(expectProblem(parseJsonlLine(line, at(1))).code, "bad-jsonl", line);
    }
  });

  it("reports a missing or non-string text as missing-field, an empty text as no-text", () => {
    const missing = expectProblem(parseJsonlLine('{"id": "a"}', at(2)));
    assert.equal(missing.code, "missing-field");
    assert.equal(missing.story, "a");
    assert.match(missing.message, /"text"/);
    assert.equal(expectProblem(parseJsonlLine('{"id": "a", "text": 5}', at(2))).code, "missing-field");
    assert.equal(expectProblem(parseJsonlLine('{"id": "a", "text": " \\n "}', at(2))).code, "no-text");
  });

  it("makes an id from the file and line when it is missing, with a warning", () => {
    const { story, problems } = expectStory(
      parseJsonlLine('{"text": "Body.", "published": "2024-01-01"}', at(12)),
    );
    assert.equal(story.id, "corpus-12");
    assert.deepEqual(
      problems.map((p) => p.code),
      ["missing-field"],
    );
    const numeric = expectStory(
      parseJsonlLine('{"id": 17, "text": "Body.", "published": "2024-01-01"}', at(1)),
    );
    assert.equal(numeric.story.id, "17");
  });

  it("warns about an unreadable date and wrong field types, then falls back", () => {
    const line = '{"id": "d", "text": "Body.", "published": "next Tuesday", "title": 5}';
    const { story, problems } = expectStory(parseJsonlLine(line, at(1), { date: "2024-05-05" }));
    assert.equal(story.published, "2024-05-05");
    assert.equal(story.title, null);
    assert.deepEqual(problems.map((p) => p.code).sort(), ["bad-date", "bad-field"]);
  });

  it("warns no-date without a date or option", () => {
    const { story, problems } = expectStory(parseJsonlLine('{"id": "n", "text": "Body."}', at(1)));
    assert.equal(story.published, null);
    assert.deepEqual(
      problems.map((p) => p.code),
      ["no-date"],
    );
  });
});
