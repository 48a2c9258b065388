import assert from "node:assert/strict";
import { test } from "node:test";
import { parseGold, parseSentences } from "./gold.js";

const EVENT = {
  sentence: "Ruritania recalled its envoy",
  source: "RUTGOV",
  target: "FREGOV",
  code: "161",
  date: "2024-03",
  place: "",
  place_country: "",
};

test("story gold parses; a bad line is reported with its line number and skipped", () => {
  const text = [
    JSON.stringify({ doc: "a", published: "2024-03-04", events: [EVENT] }),
    "",
    "{not json",
    JSON.stringify({ published: "2024-03-04", events: [] }),
    JSON.stringify({ doc: "b", events: [EVENT, { ...EVENT, code: "1X" }] }),
    JSON.stringify({ doc: "a", events: [] }),
  ].join("\n");
  const { items, problems } = parseGold(text, "gold.jsonl");
  assert.deepEqual(
    items.map((s) => [s.doc, s.line, s.events.length]),
    [
      ["a", 1, 1],
      ["b", 5, 1],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.file, p.line]),
    [
      ["gold.jsonl", 3],
      ["gold.jsonl", 4],
      ["gold.jsonl", 5],
      ["gold.jsonl", 6],
    ],
  );
  assert.match(problems[0]?.message ?? "", /does not parse as JSON/);
  assert.match(problems[2]?.message ?? "", /event 2 has a bad "code"/);
  assert.match(problems[3]?.message ?? "", /repeats doc/);
  assert.deepEqual(items[0]?.events[0], {
    sentence: "Ruritania recalled its envoy",
    source: "RUTGOV",
    target: "FREGOV",
    code: "161",
    date: "2024-03",
    place: "",
    placeCountry: "",
  });
});

test("CAMEO sentence lines: events cover the whole text; noEventsExpected lines expect none", () => {
  const text = [
    JSON.stringify({
      id: "c1",
      scheme: "CAMEO",
      date: "2024-01-02",
      text: "Ruritania thanked Freedonia.",
      events: [{ code: "051", source: "RUT", target: "FREGOV" }],
      noEventsExpected: false,
    }),
    JSON.stringify({ id: "c2", date: "2024-01-02", text: "It rained.", events: [], noEventsExpected: true }),
  ].join("\n");
  const { items, problems } = parseSentences(text, "s.jsonl");
  assert.deepEqual(problems, []);
  assert.equal(items[0]?.scheme, "cameo");
  assert.deepEqual(items[0]?.cameo[0], {
    sentence: "Ruritania thanked Freedonia.",
    source: "RUT",
    target: "FREGOV",
    code: "051",
    date: null,
    place: null,
    placeCountry: null,
  });
  assert.equal(items[1]?.noEventsExpected, true);
  assert.deepEqual(items[1]?.cameo, []);
});

test("PLOVER sentence lines: old names renamed, legacy codes mapped, SRC/TAR noticed", () => {
  const line = {
    id: "p1",
    scheme: "PLOVER-0.5b1",
    date: "2000-01-01",
    text: "Ruritania and Japan agreed.",
    markup: "(SRC/TAR: Ruritania) and (SRC/TAR: Japan) (EVT: agreed).",
    events: [
      {
        event: "FIGHT",
        mode: null,
        source: [
          { text: "Ruritania", code: "RUT" },
          { text: "Japan", code: "JAP" },
        ],
        target: [{ text: "talks" }],
      },
    ],
  };
  const { items, problems } = parseSentences(JSON.stringify(line), "p.jsonl");
  assert.deepEqual(problems, []);
  assert.equal(items[0]?.scheme, "plover");
  assert.deepEqual(items[0]?.plover[0], {
    event: "ASSAULT",
    original: "FIGHT",
    sources: ["RUT", "JPN"],
    targets: [],
    reciprocal: true,
  });
});

test("a sentence line without text is skipped with a warning naming the line", () => {
  const { items, problems } = parseSentences(`\n${JSON.stringify({ id: "x", events: [] })}`, "s.jsonl");
  assert.equal(items.length, 0);
  assert.deepEqual(problems, [
    { severity: "warning", file: "s.jsonl", line: 2, message: 'has no "text": skipped' },
  ]);
});

test("a repeated sentence id is kept under a new id, with a warning", () => {
  const line = (text: string) => JSON.stringify({ id: "same", text, events: [] });
  const { items, problems } = parseSentences([line("One."), line("Two.")].join("\n"), "s.jsonl");
  assert.deepEqual(
    items.map((i) => i.id),
    ["same", "same@2"],
  );
  assert.equal(problems[0]?.severity, "warning");
});

test("a PLOVER event without a coded source accepts any source", () => {
  const line = {
    id: "p2",
    scheme: "PLOVER-0.5b1",
    text: "Three civilians were killed in a bombing.",
    events: [{ event: "ASSAULT", source: [], target: [{ code: "IRQ" }] }],
  };
  const { items, problems } = parseSentences(JSON.stringify(line), "p.jsonl");
  assert.deepEqual(problems, []);
  assert.deepEqual(items[0]?.plover[0]?.sources, []);
});
