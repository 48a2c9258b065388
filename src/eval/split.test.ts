import assert from "node:assert/strict";
import { test } from "node:test";
import { fnv1a, inSplit, isSplitChoice, splitOf } from "./split.js";

test("FNV-1a matches reference values", () => {
  assert.equal(fnv1a(""), 0x811c9dc5);
  assert.equal(fnv1a("a"), 0xe40c292c);
  assert.equal(fnv1a("foobar"), 0xbf9cf968);
});

test("the split is stable and uses both halves", () => {
  const ids = Array.from({ length: 40 }, (_, i) => `story-${i}`);
  const splits = ids.map(splitOf);
  assert.deepEqual(ids.map(splitOf), splits);
  assert.ok(splits.includes("dev"));
  assert.ok(splits.includes("holdout"));
  for (const id of ids) {
    assert.equal(inSplit(id, "all"), true);
    assert.notEqual(inSplit(id, "dev"), inSplit(id, "holdout"));
  }
});

test("split choices", () => {
  assert.equal(isSplitChoice("dev"), true);
  assert.equal(isSplitChoice("test"), false);
});
