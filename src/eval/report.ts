/**
 * Summaries of scored units: the JSON object of `rift eval --json` and the text report.
 * Pure: these build strings and objects; only the CLI prints them.
 */
import { LEGACY_COUNTRY, PLOVER_RENAMED } from "./codes.js";
import type { UnitResult } from "./score.js";
import { SPLITS, type SplitChoice } from "./split.js";
import { accuracy, type Counts, keyCounts, prf, sumTallies, type Tally } from "./tally.js";

export interface ScoreBlock {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface RootBlock extends ScoreBlock {
  gold: number;
  engine: number;
}

/** The JSON report. The first six keys are the contract; the rest are additions. */
export interface EvalJson {
  dyadRoot: ScoreBlock;
  dyadQuad: ScoreBlock;
  code: number | null;
  role: number | null;
  date: number | null;
  place: number | null;
  placeName: number | null;
  split: SplitChoice;
  units: number;
  perRoot: Record<string, RootBlock>;
}

export function scoreBlock(c: Counts): ScoreBlock {
  return { ...prf(c), tp: c.tp, fp: c.fp, fn: c.fn };
}

export function selectSplit(results: readonly UnitResult[], choice: SplitChoice): UnitResult[] {
  return choice === "all" ? [...results] : results.filter((r) => r.split === choice);
}

export function tallyOf(results: readonly UnitResult[], choice: SplitChoice): Tally {
  return sumTallies(selectSplit(results, choice).map((r) => r.tally));
}

export function evalJson(results: readonly UnitResult[], choice: SplitChoice): EvalJson {
  const t = tallyOf(results, choice);
  const perRoot: Record<string, RootBlock> = {};
  for (const key of Object.keys(t.perRoot).sort()) {
    const k = t.perRoot[key];
    if (k !== undefined) perRoot[key] = { gold: k.gold, engine: k.engine, ...scoreBlock(keyCounts(k)) };
  }
  return {
    dyadRoot: scoreBlock(t.dyadRoot),
    dyadQuad: scoreBlock(t.dyadQuad),
    code: accuracy(t.code),
    role: accuracy(t.role),
    date: accuracy(t.date),
    place: accuracy(t.place),
    placeName: accuracy(t.placeName),
    split: choice,
    units: t.units,
    perRoot,
  };
}

/** Renders rows as an aligned text table; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const [head, ...body] = rows;
  if (head === undefined) return "";
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function pct(x: number | null): string {
  return x === null ? "–" : (100 * x).toFixed(1);
}

function accCell(a: { hit: number; n: number }): string {
  return a.n === 0 ? "–" : `${pct(a.hit / a.n)} (${a.n})`;
}

export const SUMMARY_HEAD = [
  "P",
  "R",
  "F1 dyad+root",
  "F1 dyad+quad",
  "code",
  "role",
  "date",
  "place",
  "place name",
] as const;

/** The measures of one tally as table cells, in SUMMARY_HEAD order. */
export function summaryCells(t: Tally): string[] {
  const root = prf(t.dyadRoot);
  return [
    pct(root.precision),
    pct(root.recall),
    pct(root.f1),
    pct(prf(t.dyadQuad).f1),
    accCell(t.code),
    accCell(t.role),
    accCell(t.date),
    accCell(t.place),
    accCell(t.placeName),
  ];
}

function splitsToShow(choice: SplitChoice): SplitChoice[] {
  return choice === "all" ? [...SPLITS] : [choice];
}

export function summaryTable(results: readonly UnitResult[], choice: SplitChoice): string {
  const rows: string[][] = [["split", "units", "gold", "engine", "tp", ...SUMMARY_HEAD]];
  for (const s of splitsToShow(choice)) {
    const t = tallyOf(results, s);
    const c = t.dyadRoot;
    rows.push([
      s,
      String(t.units),
      String(c.tp + c.fn),
      String(c.tp + c.fp),
      String(c.tp),
      ...summaryCells(t),
    ]);
  }
  return table(rows);
}

export function perRootTable(t: Tally, label: string): string {
  const rows: string[][] = [[label, "gold", "engine", "tp", "P", "R", "F1"]];
  for (const key of Object.keys(t.perRoot).sort()) {
    const k = t.perRoot[key];
    if (k === undefined) continue;
    const m = prf(keyCounts(k));
    rows.push([
      key,
      String(k.gold),
      String(k.engine),
      String(k.tp),
      pct(m.precision),
      pct(m.recall),
      pct(m.f1),
    ]);
  }
  return table(rows);
}

/** The note shown whenever a PLOVER set is scored. */
export function ploverNote(duplicates: number): string {
  const renamed = Object.entries(PLOVER_RENAMED)
    .map(([from, to]) => `${from} → ${to}`)
    .join(", ");
  const legacy = Object.entries(LEGACY_COUNTRY)
    .map(([from, to]) => `${from} → ${to}`)
    .join(", ");
  return [
    "PLOVER scoring: the gold uses PLOVER 0.5b1 names, mapped to the current 16 types:",
    `  ${renamed}.`,
    "  The 'root' columns hold the PLOVER type, 'quad' the PLOVER quad class.",
    "  Only engine events with a PLOVER type are scored (CAMEO 01/02 have none).",
    "  A gold event lists sources and targets: any listed source × any listed target matches.",
    "  An empty target list (target not annotated) accepts any engine target, except on SRC/TAR",
    "  lines, where it must be none or another listed source.",
    `  Engine events fitting an already-matched gold event are duplicates, neither tp nor fp: ${duplicates}.`,
    `  Legacy country codes mapped: ${legacy}; IGO/NGO/IMG compared as prefixes.`,
  ].join("\n");
}

export interface ReportOptions {
  title: string;
  results: readonly UnitResult[];
  split: SplitChoice;
  errors: boolean;
  /** Problems found while reading inputs, already formatted. */
  problems: readonly string[];
}

function errorSection(results: readonly UnitResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.misses) {
      out.push(`MISS  ${m.unit}: ${m.gold}`, `      sentence: ${m.sentence}`);
      for (const n of m.near) out.push(`      engine there: ${n.event} [${n.rule}]`);
    }
    for (const f of r.falseAlarms) {
      out.push(`FALSE ${f.unit}: ${f.event} [${f.rule}]`, `      sentence: ${f.sentence}`);
    }
    for (const d of r.differences) {
      out.push(
        `DIFF  ${d.unit}: ${d.fields.join(", ")} — gold ${d.gold}`,
        `      engine ${d.event} [${d.rule}]`,
      );
    }
  }
  return out.length === 0 ? "No misses or false alarms." : out.join("\n");
}

export function formatReport(o: ReportOptions): string {
  const chosen = selectSplit(o.results, o.split);
  const t = sumTallies(chosen.map((r) => r.tally));
  const plover = o.results.some((r) => r.scheme === "plover");
  const parts: string[] = [`# ${o.title}`, "", summaryTable(o.results, o.split), ""];
  parts.push(
    `Per ${plover ? "PLOVER type" : "CAMEO root"} (${o.split}):`,
    perRootTable(t, plover ? "type" : "root"),
    "",
  );
  if (plover) parts.push(ploverNote(t.duplicates), "");
  const unitProblems = chosen.flatMap((r) => r.problems.map((p) => `${r.unit}: ${p}`));
  const problems = [...o.problems, ...unitProblems];
  if (problems.length > 0) parts.push("Problems:", ...problems.map((p) => `  ${p}`), "");
  if (o.errors) parts.push(`Errors (${o.split}):`, errorSection(chosen), "");
  return parts.join("\n");
}
