import assert from "node:assert/strict";
import { test } from "node:test";
import type { CameoGold, PloverGold } from "./gold.js";
import { scoreCameo, scorePlover } from "./score.js";
import { engineEvent, place } from "./testing.js";

// A hand-written story: three sentences.
const TEXT =
  "Ruritania recalled its envoy from Freedonia on Monday. Freedonia protested. Talks resumed in May.";
const SENTENCES = [
  { start: 0, end: 54 },
  { start: 55, end: 75 },
  { start: 76, end: 97 },
];

function gold(over: Partial<CameoGold>): CameoGold {
  return {
    sentence: "recalled its envoy from Freedonia",
    source: "RUTGOV",
    target: "FREGOV",
    code: "161",
    date: "2024-03-04",
    place: "",
    placeCountry: "",
    ...over,
  };
}

function score(golds: CameoGold[], events: ReturnType<typeof engineEvent>[]) {
  return scoreCameo({ id: "s1", text: TEXT, gold: golds, whole: false }, { events, sentences: SENTENCES });
}

test("a matching event is a true positive; accuracies are scored on the pair", () => {
  const r = score(
    [gold({})],
    [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", date: "2024-03-04" })],
  );
  assert.deepEqual(r.tally.dyadRoot, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(r.tally.dyadQuad, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(r.tally.code, { hit: 1, n: 1 });
  assert.deepEqual(r.tally.role, { hit: 1, n: 1 });
  assert.deepEqual(r.tally.date, { hit: 1, n: 1 });
  assert.deepEqual(r.tally.place, { hit: 1, n: 1 });
  assert.deepEqual(r.tally.placeName, { hit: 0, n: 0 });
  assert.deepEqual(r.tally.perRoot, { "16": { gold: 1, engine: 1, tp: 1 } });
  assert.equal(r.misses.length + r.falseAlarms.length + r.differences.length, 0);
});

test("one gold event matches one engine event; the repeat is a false alarm", () => {
  const e = { source: "RUTGOV", target: "FREGOV", code: "161" };
  const r = score([gold({})], [engineEvent(e), engineEvent({ ...e, rule: "again" })]);
  assert.deepEqual(r.tally.dyadRoot, { tp: 1, fp: 1, fn: 0 });
  assert.equal(r.falseAlarms.length, 1);
  assert.equal(r.falseAlarms[0]?.rule, "again");
});

test("countries are compared on the first three characters; roles are scored apart", () => {
  const r = score([gold({})], [engineEvent({ source: "RUTMIL", target: "FRE", code: "161" })]);
  assert.equal(r.tally.dyadRoot.tp, 1);
  assert.deepEqual(r.tally.role, { hit: 0, n: 1 });
  assert.deepEqual(r.differences[0]?.fields, ["role", "date"]);
  const wrongCountry = score([gold({})], [engineEvent({ source: "RUTGOV", target: "GRDGOV", code: "161" })]);
  assert.deepEqual(wrongCountry.tally.dyadRoot, { tp: 0, fp: 1, fn: 1 });
});

test("the root must agree; the full code is an accuracy; quad level is looser", () => {
  const sameRoot = score(
    [gold({ code: "161" })],
    [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "164" })],
  );
  assert.equal(sameRoot.tally.dyadRoot.tp, 1);
  assert.deepEqual(sameRoot.tally.code, { hit: 0, n: 1 });
  // 161 (root 16) vs 172 (root 17): different roots, same quad class 4.
  const sameQuad = score(
    [gold({ code: "161" })],
    [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "172" })],
  );
  assert.deepEqual(sameQuad.tally.dyadRoot, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(sameQuad.tally.dyadQuad, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(sameQuad.tally.perRoot, {
    "16": { gold: 1, engine: 0, tp: 0 },
    "17": { gold: 0, engine: 1, tp: 0 },
  });
  // 09 is quad 2, 10 is quad 3.
  const otherQuad = score(
    [gold({ code: "090" })],
    [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "100" })],
  );
  assert.equal(otherQuad.tally.dyadQuad.tp, 0);
});

test("an engine event must be stated in a sentence overlapping the gold fragment", () => {
  const elsewhere = engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", sentenceIndex: 2 });
  const r = score([gold({})], [elsewhere]);
  assert.deepEqual(r.tally.dyadRoot, { tp: 0, fp: 1, fn: 1 });
  assert.equal(r.misses[0]?.near.length, 0);
  // A fragment spanning two sentences overlaps both.
  const across = score(
    [gold({ sentence: "on Monday. Freedonia protested" })],
    [elsewhere, engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", sentenceIndex: 1 })],
  );
  assert.deepEqual(across.tally.dyadRoot, { tp: 1, fp: 1, fn: 0 });
});

test("a gold fragment missing from the story is a problem and a miss", () => {
  const r = score([gold({ sentence: "words that are not there" })], []);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0] ?? "", /not found/);
  assert.equal(r.tally.dyadRoot.fn, 1);
});

test("an empty gold target matches an event without target, not one with a target", () => {
  const g = gold({ sentence: "Freedonia protested", source: "FRE", target: "", code: "141" });
  const none = score([g], [engineEvent({ source: "FRECVL", target: null, code: "141", sentenceIndex: 1 })]);
  assert.equal(none.tally.dyadRoot.tp, 1);
  const some = score(
    [g],
    [engineEvent({ source: "FRECVL", target: "RUTGOV", code: "141", sentenceIndex: 1 })],
  );
  assert.equal(some.tally.dyadRoot.tp, 0);
});

test("date accuracy: the engine date begins with the gold date", () => {
  const cases: Array<[string, string | null, boolean]> = [
    ["2024-03-04", "2024-03-04", true],
    ["2024-03-04", "2024-03-05", false],
    ["2024-03", "2024-03-17", true],
    ["2024-03", "2024-04-01", false],
    ["2024", "2024-11-30", true],
    ["2024", "2023-12-31", false],
    ["2024-03-04", "2024-03", false],
    ["2024", null, false],
  ];
  for (const [goldDate, engineDate, ok] of cases) {
    const r = score(
      [gold({ date: goldDate })],
      [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", date: engineDate })],
    );
    assert.deepEqual(r.tally.date, { hit: ok ? 1 : 0, n: 1 }, `${goldDate} vs ${engineDate}`);
  }
});

test("place accuracy: same country, and separately same name (case-insensitive)", () => {
  const g = gold({ place: "Strelsau", placeCountry: "RUT" });
  const e = (p: ReturnType<typeof place> | null) =>
    score([g], [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", place: p })]).tally;
  assert.deepEqual(
    [e(place("STRELSAU", "RUT")).place, e(place("STRELSAU", "RUT")).placeName],
    [
      { hit: 1, n: 1 },
      { hit: 1, n: 1 },
    ],
  );
  assert.deepEqual(
    [e(place("Zenda", "RUT")).place, e(place("Zenda", "RUT")).placeName],
    [
      { hit: 1, n: 1 },
      { hit: 0, n: 1 },
    ],
  );
  assert.deepEqual(
    [e(null).place, e(null).placeName],
    [
      { hit: 0, n: 1 },
      { hit: 0, n: 1 },
    ],
  );
  // No place in the gold: the engine should give none; names are not scored.
  const none = score(
    [gold({})],
    [engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", place: place("Zenda", "RUT") })],
  );
  assert.deepEqual(
    [none.tally.place, none.tally.placeName],
    [
      { hit: 0, n: 1 },
      { hit: 0, n: 0 },
    ],
  );
});

test("matching prefers the same full code, then the same roles", () => {
  const golds = [gold({ code: "161" }), gold({ code: "164" })];
  const events = [
    engineEvent({ source: "RUTGOV", target: "FREGOV", code: "164", rule: "a" }),
    engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", rule: "b" }),
  ];
  const r = score(golds, events);
  assert.deepEqual(r.tally.code, { hit: 2, n: 2 });
  const byRole = score(
    [gold({ source: "RUTMIL" })],
    [
      engineEvent({ source: "RUTGOV", target: "FREGOV", code: "161", rule: "gov" }),
      engineEvent({ source: "RUTMIL", target: "FREGOV", code: "161", rule: "mil" }),
    ],
  );
  assert.equal(byRole.falseAlarms[0]?.rule, "gov");
});

test("whole-unit scoring ignores sentence positions (sentence sets)", () => {
  const g = gold({ sentence: TEXT, date: null, place: null, placeCountry: null });
  const r = scoreCameo(
    { id: "line", text: TEXT, gold: [g], whole: true },
    {
      events: [engineEvent({ source: "RUT", target: "FRE", code: "160", sentenceIndex: 2 })],
      sentences: SENTENCES,
    },
  );
  assert.equal(r.tally.dyadRoot.tp, 1);
  assert.deepEqual([r.tally.date.n, r.tally.place.n, r.tally.placeName.n], [0, 0, 0]);
});

function plover(over: Partial<PloverGold>): PloverGold {
  return {
    event: "REQUEST",
    original: "DEMAND",
    sources: ["RUT"],
    targets: ["FRE"],
    reciprocal: false,
    ...over,
  };
}

test("PLOVER: types compared after renaming, sources × targets", () => {
  const golds = [plover({ sources: ["RUT", "GRD"], targets: ["FRE", "JPN"] })];
  const hit = scorePlover({ id: "p", text: "", gold: golds }, [
    engineEvent({ source: "GRDGOV", target: "JAP", code: "102", plover: "REQUEST" }),
  ]);
  assert.equal(hit.tally.dyadRoot.tp, 1);
  const oldName = scorePlover({ id: "p", text: "", gold: golds }, [
    engineEvent({ source: "RUT", target: "FRE", code: "102", plover: "DEMAND" }),
  ]);
  assert.equal(oldName.tally.dyadRoot.tp, 1);
  const wrongType = scorePlover({ id: "p", text: "", gold: golds }, [
    engineEvent({ source: "RUT", target: "FRE", code: "112", plover: "ACCUSE" }),
  ]);
  assert.deepEqual(wrongType.tally.dyadRoot, { tp: 0, fp: 1, fn: 1 });
  // REQUEST and ACCUSE share quad class 3.
  assert.equal(wrongType.tally.dyadQuad.tp, 1);
});

test("PLOVER: events without a PLOVER type are not scored", () => {
  const r = scorePlover({ id: "p", text: "", gold: [plover({})] }, [
    engineEvent({ source: "RUT", target: "FRE", code: "010" }),
  ]);
  assert.deepEqual(r.tally.dyadRoot, { tp: 0, fp: 0, fn: 1 });
});

test("PLOVER: an empty target list accepts any target; SRC/TAR lines want each other or none", () => {
  const open = plover({ event: "RETREAT", original: "RETREAT", targets: [] });
  for (const target of [null, "FRE"]) {
    const r = scorePlover({ id: "p", text: "", gold: [open] }, [
      engineEvent({ source: "RUT", target, code: "087", plover: "RETREAT" }),
    ]);
    assert.equal(r.tally.dyadRoot.tp, 1, String(target));
  }
  const mutual = plover({
    event: "AGREE",
    original: "AGREE",
    sources: ["RUT", "FRE"],
    targets: [],
    reciprocal: true,
  });
  const pair = [
    engineEvent({ source: "RUT", target: "FRE", code: "030", plover: "AGREE" }),
    engineEvent({ source: "FRE", target: "RUT", code: "030", plover: "AGREE" }),
  ];
  const r = scorePlover({ id: "p", text: "", gold: [mutual] }, pair);
  assert.deepEqual(r.tally.dyadRoot, { tp: 1, fp: 0, fn: 0 });
  assert.equal(r.tally.duplicates, 1);
  const outsider = scorePlover({ id: "p", text: "", gold: [mutual] }, [
    engineEvent({ source: "RUT", target: "GRD", code: "030", plover: "AGREE" }),
  ]);
  assert.equal(outsider.tally.dyadRoot.tp, 0);
});

test("PLOVER: an empty source list accepts any source", () => {
  const g = plover({ event: "ASSAULT", original: "ASSAULT", sources: [], targets: ["IRQ"] });
  const r = scorePlover({ id: "p", text: "", gold: [g] }, [
    engineEvent({ source: "---REB", target: "IRQCVL", code: "183", plover: "ASSAULT" }),
  ]);
  assert.equal(r.tally.dyadRoot.tp, 1);
});
