import assert from "node:assert/strict";
import { test } from "node:test";
import { locate, normalise, overlaps } from "./locate.js";

test("locate finds a fragment across curly quotes, dashes and line breaks", () => {
  const body = "First line.\nThe council\u2019s chair said \u201cno\u201d \u2013 again.\nLast.";
  const spans = locate(body, `council's chair said "no" - again`);
  assert.equal(spans.length, 1);
  const [s, e] = spans[0] as [number, number];
  assert.equal(body.slice(s, e), "council\u2019s chair said \u201cno\u201d \u2013 again");
});

test("locate returns every occurrence and falls back to case-insensitive", () => {
  const body = "Talks began. Talks began. TALKS ENDED.";
  assert.deepEqual(locate(body, "Talks began"), [
    [0, 11],
    [13, 24],
  ]);
  assert.deepEqual(locate(body, "talks ended"), [[26, 37]]);
  assert.deepEqual(locate(body, "not there"), []);
  assert.deepEqual(locate(body, "   "), []);
});

test("normalise keeps a map to source offsets", () => {
  const n = normalise("a \u2026  b");
  assert.equal(n.text, "a ... b");
  assert.deepEqual(n.offsets, [0, 1, 2, 2, 2, 3, 5]);
});

test("overlaps is half-open", () => {
  assert.equal(overlaps([0, 5], [4, 9]), true);
  assert.equal(overlaps([0, 5], [5, 9]), false);
  assert.equal(overlaps([3, 4], [0, 10]), true);
});
