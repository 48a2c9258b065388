import assert from "node:assert/strict";
import { test } from "node:test";
import { type EventRecord, newDoc, type TimeMention } from "../model/types.js";
import { tokenize } from "../nlp/tokenize.js";
import { refineVagueDates } from "./refine.js";

const text = "Two men died during police arrests last week. Witnesses described Friday's raids as brutal.";
const doc = (() => {
  const d = newDoc({
    id: "t",
    url: null,
    title: null,
    published: "2025-06-30",
    text,
    origin: { file: null, line: null, format: "inline" },
  });
  return { ...d, ...tokenize(text) };
})();
const event = {
  story: "t",
  sentenceIndex: 0,
  sentence: "",
  span: [0, 10],
  trigger: [0, 10],
  source: { code: "NRLCOP", country: "NRL", role: "COP", text: "police", entries: [] },
  target: null,
  code: "173",
  root: "17",
  quad: 4,
  goldstein: -5,
  plover: null,
  date: "2025-06",
  dateStated: true,
  place: null,
  placeStated: false,
  rule: "test/noun",
  confidence: 0.8,
} as EventRecord;
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
const times: TimeMention[] = [
  { span: at("last week"), text: "last week", sentence: 0, date: "2025-06", rule: "time.period" },
  { span: at("Friday"), text: "Friday", sentence: 1, date: "2025-06-27", rule: "time.weekday" },
];

test("a vaguely dated event takes the day the next sentence gives the same kind of act", () => {
  const [out] = refineVagueDates(doc, [event], times, (root, lemma) => root === "17" && lemma === "raid");
  assert.equal(out.date, "2025-06-27");
});

test("a day given to another kind of act does not date it", () => {
  const [out] = refineVagueDates(doc, [event], times, (root, lemma) => root === "17" && lemma === "election");
  assert.equal(out.date, "2025-06");
});
