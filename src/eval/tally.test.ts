import assert from "node:assert/strict";
import { test } from "node:test";
import { accuracy, addTally, emptyTally, keyCounts, prf } from "./tally.js";

test("precision, recall and F1 from counts", () => {
  const m = prf({ tp: 3, fp: 1, fn: 2 });
  assert.equal(m.precision, 0.75);
  assert.equal(m.recall, 0.6);
  assert.ok(Math.abs(m.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
});

test("empty denominators give 0, not NaN", () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(prf({ tp: 0, fp: 4, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(prf({ tp: 2, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
});

test("accuracy is null without matched pairs", () => {
  assert.equal(accuracy({ hit: 0, n: 0 }), null);
  assert.equal(accuracy({ hit: 1, n: 4 }), 0.25);
});

test("tallies add up, per-root rows included", () => {
  const a = emptyTally();
  a.units = 1;
  a.dyadRoot = { tp: 1, fp: 2, fn: 3 };
  a.date = { hit: 1, n: 1 };
  a.perRoot = { "04": { gold: 2, engine: 1, tp: 1 } };
  const b = emptyTally();
  b.units = 2;
  b.dyadRoot = { tp: 4, fp: 0, fn: 1 };
  b.date = { hit: 0, n: 2 };
  b.perRoot = { "04": { gold: 1, engine: 1, tp: 1 }, "19": { gold: 1, engine: 0, tp: 0 } };
  const sum = addTally(a, b);
  assert.equal(sum.units, 3);
  assert.deepEqual(sum.dyadRoot, { tp: 5, fp: 2, fn: 4 });
  assert.deepEqual(sum.date, { hit: 1, n: 3 });
  assert.deepEqual(sum.perRoot, { "04": { gold: 3, engine: 2, tp: 2 }, "19": { gold: 1, engine: 0, tp: 0 } });
  assert.deepEqual(keyCounts({ gold: 3, engine: 2, tp: 2 }), { tp: 2, fp: 0, fn: 1 });
});
