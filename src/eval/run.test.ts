import assert from "node:assert/strict";
import { test } from "node:test";
import type { Story } from "../model/types.js";
import { parseSentences } from "./gold.js";
import { evalJson } from "./report.js";
import { type Coder, runSentences, runStories } from "./run.js";
import { engineEvent } from "./testing.js";

const LINES = [
  {
    id: "c1",
    date: "2024-01-02",
    text: "Ruritania thanked Freedonia.",
    events: [{ code: "051", source: "RUT", target: "FRE" }],
    noEventsExpected: false,
  },
  { id: "c2", date: "2024-01-02", text: "It rained in Ruritania.", events: [], noEventsExpected: true },
]
  .map((l) => JSON.stringify(l))
  .join("\n");

/** A fake coder: every story yields one RUT → FRE 051 event. */
const coder: Coder = (story: Story) => ({
  events: [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "051" })].map((e) => ({
    ...e,
    story: story.id,
  })),
  sentences: [{ start: 0, end: story.text.length }],
});

test("sentence sets: each line is a one-sentence story; noEventsExpected lines make false alarms", () => {
  const seen: Story[] = [];
  const spy: Coder = (s) => {
    seen.push(s);
    return coder(s);
  };
  const { items } = parseSentences(LINES, "s.jsonl");
  const results = runSentences(items, spy, "s.jsonl");
  assert.deepEqual(
    seen.map((s) => [s.id, s.published, s.text]),
    [
      ["c1", "2024-01-02", "Ruritania thanked Freedonia."],
      ["c2", "2024-01-02", "It rained in Ruritania."],
    ],
  );
  const json = evalJson(results, "all");
  assert.deepEqual(json.dyadRoot, { precision: 0.5, recall: 1, f1: 2 / 3, tp: 1, fp: 1, fn: 0 });
  assert.equal(json.role, 0);
  assert.equal(json.code, 1);
  assert.equal(json.date, null);
});

test("a coder that throws gives a problem and no events", () => {
  const { items } = parseSentences(LINES, "s.jsonl");
  const results = runSentences(
    items,
    () => {
      throw new Error("boom");
    },
    null,
  );
  assert.match(results[0]?.problems[0] ?? "", /boom/);
  assert.equal(results[0]?.tally.dyadRoot.fn, 1);
});

test("stories without a read story are skipped", () => {
  const results = runStories([{ doc: "missing", published: null, events: [], line: 1 }], new Map(), coder);
  assert.deepEqual(results, []);
});
