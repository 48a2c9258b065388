/**
 * Scores the engine's events for one unit (a story or a sentence line) against its gold
 * events, as CODING.md "How a run is scored" says. Pure functions.
 */
import type { EventRecord, Span } from "../model/types.js";
import { countryKey, fullCode, placeKey, ploverQuad, ploverType, quadOfRoot, rootOf } from "./codes.js";
import type { CameoGold, PloverGold } from "./gold.js";
import { locate, overlaps } from "./locate.js";
import { maxMatch, type Pair } from "./match.js";
import { type Split, splitOf } from "./split.js";
import { type Acc, type Counts, emptyTally, type KeyCounts, type Tally } from "./tally.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

/** What the coder returned for a unit: its events and the sentence spans they index. */
export interface EngineOutput {
  events: readonly EventRecord[];
  sentences: readonly SentenceSpan[];
}

/** An engine event, described for an error listing. */
export interface EngineNote {
  sentence: string;
  event: string;
  rule: string;
}

export interface Miss {
  unit: string;
  sentence: string;
  gold: string;
  /** Engine events stated in an overlapping sentence (what the engine said there instead). */
  near: EngineNote[];
}

export interface FalseAlarm extends EngineNote {
  unit: string;
}

/** A matched pair that disagrees on code, roles, date or place. */
export interface Difference extends EngineNote {
  unit: string;
  gold: string;
  fields: string[];
}

export interface UnitResult {
  unit: string;
  scheme: "cameo" | "plover";
  split: Split;
  tally: Tally;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  differences: Difference[];
  /** Gold fragments that could not be found in the story, and the like. */
  problems: string[];
}

export interface CameoUnit {
  id: string;
  /** The story body the engine coded (gold fragments are located in it). */
  text: string;
  gold: readonly CameoGold[];
  /** True for a one-sentence unit: every engine event overlaps every gold event. */
  whole: boolean;
}

export interface PloverUnit {
  id: string;
  text: string;
  gold: readonly PloverGold[];
}

export function describeCameoGold(g: CameoGold): string {
  const parts = [`${g.source} → ${g.target === "" ? "-" : g.target} ${g.code}`];
  if (g.date !== null) parts.push(`date ${g.date}`);
  if (g.placeCountry !== null) parts.push(`place ${g.place || "-"} (${g.placeCountry || "-"})`);
  return parts.join(", ");
}

export function describePloverGold(g: PloverGold): string {
  const renamed = g.original.toUpperCase() === g.event ? "" : ` (gold ${g.original})`;
  const targets = g.targets.length === 0 ? (g.reciprocal ? "each other" : "any") : g.targets.join("|");
  return `${g.sources.length === 0 ? "any" : g.sources.join("|")} → ${targets} ${g.event}${renamed}`;
}

export function describeEngine(ev: EventRecord): string {
  const parts = [`${ev.source.code} → ${ev.target?.code ?? "-"} ${ev.code}`];
  if (ev.plover !== null)
    parts.push(`PLOVER ${ev.plover.event}${ev.plover.mode ? `/${ev.plover.mode}` : ""}`);
  parts.push(`date ${ev.date ?? "-"}`);
  parts.push(`place ${ev.place === null ? "-" : `${ev.place.name} (${ev.place.country})`}`);
  return parts.join(", ");
}

function note(ev: EventRecord): EngineNote {
  return { sentence: ev.sentence, event: describeEngine(ev), rule: ev.rule };
}

/** The [start, end) of the sentence stating an engine event (its own span when unknown). */
export function sentenceSpanOf(ev: EventRecord, sentences: readonly SentenceSpan[]): Span {
  const s = sentences[ev.sentenceIndex];
  return s === undefined ? ev.span : [s.start, s.end];
}

/** Same known quad class (0, unknown, never matches). */
function sameQuad(a: number, b: number): boolean {
  return a !== 0 && a === b;
}

function counts(gold: number, engine: number, tp: number): Counts {
  return { tp, fp: engine - tp, fn: gold - tp };
}

function bump(acc: Acc, hit: boolean): void {
  acc.n += 1;
  if (hit) acc.hit += 1;
}

function keyTable(goldKeys: string[], engineKeys: string[], pairs: Pair[]): Record<string, KeyCounts> {
  const table: Record<string, KeyCounts> = {};
  const row = (k: string): KeyCounts => {
    table[k] ??= { gold: 0, engine: 0, tp: 0 };
    return table[k];
  };
  for (const k of goldKeys) row(k).gold += 1;
  for (const k of engineKeys) row(k).engine += 1;
  for (const [g] of pairs) row(goldKeys[g] as string).tp += 1;
  return table;
}

/** The fields of a matched CAMEO pair, scored into `t`; returns the names of those that differ. */
function scorePair(g: CameoGold, ev: EventRecord, t: Tally): string[] {
  const wrong: string[] = [];
  const check = (acc: Acc, name: string, hit: boolean): void => {
    bump(acc, hit);
    if (!hit) wrong.push(name);
  };
  check(t.code, "code", g.code.trim() === ev.code.trim());
  check(
    t.role,
    "role",
    fullCode(g.source) === fullCode(ev.source.code) && fullCode(g.target) === fullCode(ev.target?.code),
  );
  if (g.date !== null) check(t.date, "date", ev.date?.startsWith(g.date) ?? false);
  if (g.placeCountry !== null) {
    const engineCountry = (ev.place?.country ?? "").toUpperCase();
    check(t.place, "place", engineCountry === g.placeCountry.toUpperCase());
  }
  if (g.place !== null && g.place.trim() !== "") {
    check(t.placeName, "place name", placeKey(ev.place?.name) === placeKey(g.place));
  }
  return wrong;
}

/**
 * Scores a story (or a one-sentence CAMEO line). An engine event may match a gold event when
 * its sentence overlaps the gold fragment, the source and target countries agree and the roots
 * (resp. quad classes) agree; matching is one-to-one and maximal, preferring the same full
 * code, then the same roles, then the engine event nearest the fragment.
 */
export function scoreCameo(unit: CameoUnit, engine: EngineOutput): UnitResult {
  const { gold } = unit;
  const events = engine.events;
  const problems: string[] = [];
  const goldSpans: Span[][] = gold.map((g) => {
    if (unit.whole) return [[0, unit.text.length]];
    const spans = locate(unit.text, g.sentence);
    if (spans.length === 0) problems.push(`gold sentence not found in the story: "${g.sentence}"`);
    return spans;
  });
  const engineSpans = events.map((ev) => sentenceSpanOf(ev, engine.sentences));
  const near = (g: number, e: number): boolean =>
    unit.whole || (goldSpans[g] ?? []).some((s) => overlaps(s, engineSpans[e] as Span));
  const dyad = (g: CameoGold, ev: EventRecord): boolean =>
    countryKey(g.source) === countryKey(ev.source.code) &&
    countryKey(g.target) === countryKey(ev.target?.code);
  const goldRoots = gold.map((g) => rootOf(g.code));
  const engineRoots = events.map((ev) => rootOf(ev.code));
  const rank = (g: number, e: number): number[] => {
    const gi = gold[g] as CameoGold;
    const ev = events[e] as EventRecord;
    const roles =
      Number(fullCode(gi.source) === fullCode(ev.source.code)) +
      Number(fullCode(gi.target) === fullCode(ev.target?.code));
    const distance = Math.min(...(goldSpans[g] ?? []).map((s) => Math.abs(s[0] - ev.span[0])), 1e9);
    return [Number(gi.code.trim() === ev.code.trim()), roles, -distance];
  };
  const base = (g: number, e: number): boolean =>
    near(g, e) && dyad(gold[g] as CameoGold, events[e] as EventRecord);
  const rootPairs = maxMatch({
    gold: gold.length,
    engine: events.length,
    compatible: (g, e) => goldRoots[g] === engineRoots[e] && base(g, e),
    rank,
  });
  const quadPairs = maxMatch({
    gold: gold.length,
    engine: events.length,
    compatible: (g, e) =>
      sameQuad(quadOfRoot(goldRoots[g] as string), quadOfRoot(engineRoots[e] as string)) && base(g, e),
    rank,
  });

  const tally = emptyTally();
  tally.units = 1;
  tally.dyadRoot = counts(gold.length, events.length, rootPairs.length);
  tally.dyadQuad = counts(gold.length, events.length, quadPairs.length);
  tally.perRoot = keyTable(goldRoots, engineRoots, rootPairs);

  const differences: Difference[] = [];
  for (const [g, e] of rootPairs) {
    const gi = gold[g] as CameoGold;
    const ev = events[e] as EventRecord;
    const fields = scorePair(gi, ev, tally);
    if (fields.length > 0)
      differences.push({ unit: unit.id, gold: describeCameoGold(gi), fields, ...note(ev) });
  }
  const goldMatched = new Set(rootPairs.map(([g]) => g));
  const engineMatched = new Set(rootPairs.map(([, e]) => e));
  const misses: Miss[] = [];
  gold.forEach((gi, g) => {
    if (goldMatched.has(g)) return;
    const nearby = events.filter((_, e) => near(g, e)).map(note);
    misses.push({ unit: unit.id, sentence: gi.sentence, gold: describeCameoGold(gi), near: nearby });
  });
  const falseAlarms: FalseAlarm[] = events
    .filter((_, e) => !engineMatched.has(e))
    .map((ev) => ({ unit: unit.id, ...note(ev) }));
  return {
    unit: unit.id,
    scheme: "cameo",
    split: splitOf(unit.id),
    tally,
    misses,
    falseAlarms,
    differences,
    problems,
  };
}

/** Does engine event `ev` fit the dyad of PLOVER gold `g`? */
export function ploverDyad(g: PloverGold, ev: EventRecord): boolean {
  if (g.sources.length > 0 && !g.sources.includes(countryKey(ev.source.code))) return false;
  const target = countryKey(ev.target?.code);
  if (g.targets.length > 0) return g.targets.includes(target);
  if (g.reciprocal) return target === "" || g.sources.includes(target);
  return true;
}

/**
 * Scores a PLOVER sentence line. Only engine events with a PLOVER type are scored. An engine
 * event matches a gold event with the same (current) PLOVER type whose source list holds the
 * engine's source country and whose target list holds its target country (an empty source
 * list, as when the gold names no perpetrator, accepts any source). An empty gold
 * target list means "target not annotated": any engine target (or none) fits, except on
 * SRC/TAR lines, where the target must be none or one of the listed sources. After the
 * one-to-one matching, further engine events that fit an already-matched gold event are
 * duplicates (the gold lists actors, the engine writes one event per pair): neither tp nor fp.
 */
export function scorePlover(unit: PloverUnit, events: readonly EventRecord[]): UnitResult {
  const { gold } = unit;
  const scored = events.filter((ev) => ev.plover !== null);
  const types = scored.map((ev) => ploverType((ev.plover as { event: string }).event));
  const rank = (g: number, e: number): number[] => {
    const target = countryKey(scored[e]?.target?.code);
    return [Number((gold[g] as PloverGold).targets.includes(target))];
  };
  const match = (same: (g: number, e: number) => boolean): { pairs: Pair[]; duplicates: Set<number> } => {
    const compatible = (g: number, e: number): boolean =>
      same(g, e) && ploverDyad(gold[g] as PloverGold, scored[e] as EventRecord);
    const pairs = maxMatch({ gold: gold.length, engine: scored.length, compatible, rank });
    const matchedEngine = new Set(pairs.map(([, e]) => e));
    const duplicates = new Set<number>();
    scored.forEach((_, e) => {
      if (!matchedEngine.has(e) && pairs.some(([g]) => compatible(g, e))) duplicates.add(e);
    });
    return { pairs, duplicates };
  };
  const byType = match((g, e) => gold[g]?.event === types[e]);
  const byQuad = match((g, e) => sameQuad(ploverQuad(gold[g]?.event ?? ""), ploverQuad(types[e] ?? "")));

  const tally = emptyTally();
  tally.units = 1;
  tally.dyadRoot = counts(gold.length, scored.length - byType.duplicates.size, byType.pairs.length);
  tally.dyadQuad = counts(gold.length, scored.length - byQuad.duplicates.size, byQuad.pairs.length);
  tally.duplicates = byType.duplicates.size;
  const engineTypes = types.filter((_, e) => !byType.duplicates.has(e));
  tally.perRoot = keyTable(
    gold.map((g) => g.event),
    engineTypes,
    byType.pairs,
  );

  const goldMatched = new Set(byType.pairs.map(([g]) => g));
  const engineMatched = new Set(byType.pairs.map(([, e]) => e));
  const misses: Miss[] = gold
    .filter((_, g) => !goldMatched.has(g))
    .map((g) => ({
      unit: unit.id,
      sentence: unit.text,
      gold: describePloverGold(g),
      near: scored.map(note),
    }));
  const falseAlarms: FalseAlarm[] = scored
    .filter((_, e) => !engineMatched.has(e) && !byType.duplicates.has(e))
    .map((ev) => ({ unit: unit.id, ...note(ev) }));
  return {
    unit: unit.id,
    scheme: "plover",
    split: splitOf(unit.id),
    tally,
    misses,
    falseAlarms,
    differences: [],
    problems: [],
  };
}
