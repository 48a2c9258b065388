/**
 * A plain fixed-width table for the terminal: one row per event, grouped under a line per story.
 * Columns: date, source actor code, event code + short CAMEO name, target code, place, sentence.
 */
import { loadCameo } from "../cameo/codes.js";
import type { EventRecord } from "../model/types.js";

interface Column {
  title: string;
  max: number;
  cell(e: EventRecord): string;
}

const SENTENCE_WIDTH = 60;

/** Fits `text` into `width` characters, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/** "Use conventional military force, not specified below" → "Use conventional military force". */
export function shortCameoName(code: string): string {
  const name = loadCameo().info(code)?.name ?? "?";
  return name.replace(/,?\s*not specified below$/i, "");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

const COLUMNS: readonly Column[] = [
  { title: "DATE", max: 10, cell: (e) => e.date ?? "-" },
  { title: "SOURCE", max: 14, cell: (e) => e.source.code },
  { title: "EVENT", max: 36, cell: (e) => `${e.code} ${shortCameoName(e.code)}` },
  { title: "TARGET", max: 14, cell: (e) => e.target?.code ?? "-" },
  { title: "PLACE", max: 18, cell: (e) => (e.place ? oneLine(e.place.name) : "-") },
  { title: "SENTENCE", max: SENTENCE_WIDTH, cell: (e) => oneLine(e.sentence) },
];

const width = (s: string) => Array.from(s).length;

function line(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(c))))
    .join("  ")
    .trimEnd();
}

/** The table as text ending in "\n"; "(no events)\n" for an empty list. */
export function toTable(events: readonly EventRecord[]): string {
  if (events.length === 0) return "(no events)\n";
  const rows = events.map((e) => COLUMNS.map((c) => truncate(c.cell(e), c.max)));
  const widths = COLUMNS.map((c, i) => Math.max(width(c.title), ...rows.map((r) => width(r[i] ?? ""))));

  const byStory = new Map<string, number[]>();
  events.forEach((e, i) => {
    const list = byStory.get(e.story);
    if (list) list.push(i);
    else byStory.set(e.story, [i]);
  });

  const out = [
    line(
      COLUMNS.map((c) => c.title),
      widths,
    ),
  ];
  for (const [story, indexes] of byStory) {
    const n = indexes.length;
    out.push(`── ${oneLine(story)} (${n} event${n === 1 ? "" : "s"}) ──`);
    for (const i of indexes) out.push(line(rows[i] ?? [], widths));
  }
  return `${out.join("\n")}\n`;
}
