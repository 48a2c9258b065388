import assert from "node:assert/strict";
import { test } from "node:test";
import { maxMatch } from "./match.js";

test("matching is one-to-one", () => {
  const pairs = maxMatch({ gold: 1, engine: 3, compatible: () => true, rank: () => [0] });
  assert.deepEqual(pairs, [[0, 0]]);
});

test("matching prefers higher-ranked pairs", () => {
  const pairs = maxMatch({ gold: 1, engine: 3, compatible: () => true, rank: (_g, e) => [e === 2 ? 1 : 0] });
  assert.deepEqual(pairs, [[0, 2]]);
});

test("matching is maximal even when the greedy choice blocks another gold event", () => {
  // gold 0 prefers engine 0, but engine 0 is the only option for gold 1.
  const ok = new Set(["0:0", "0:1", "1:0"]);
  const pairs = maxMatch({
    gold: 2,
    engine: 2,
    compatible: (g, e) => ok.has(`${g}:${e}`),
    rank: (g, e) => [g === 0 && e === 0 ? 1 : 0],
  });
  assert.deepEqual(pairs, [
    [0, 1],
    [1, 0],
  ]);
});

test("matching is deterministic on ties", () => {
  const spec = { gold: 2, engine: 2, compatible: () => true, rank: () => [0] };
  assert.deepEqual(maxMatch(spec), [
    [0, 0],
    [1, 1],
  ]);
  assert.deepEqual(maxMatch(spec), maxMatch(spec));
});
