/**
 * CSV (RFC 4180): CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
 * quotes doubled. Nulls are empty fields; booleans are "true"/"false".
 */
import type { EventRecord } from "../model/types.js";

export const CSV_COLUMNS = [
  "story",
  "sentenceIndex",
  "spanStart",
  "spanEnd",
  "date",
  "dateStated",
  "sourceCode",
  "sourceCountry",
  "sourceRole",
  "sourceText",
  "targetCode",
  "targetCountry",
  "targetRole",
  "targetText",
  "code",
  "root",
  "quad",
  "goldstein",
  "ploverEvent",
  "ploverMode",
  "placeName",
  "placeCountry",
  "lat",
  "lon",
  "placeStated",
  "rule",
  "confidence",
  "sentence",
] as const;

export interface CsvOptions {
  header: boolean;
}

type Cell = string | number | boolean | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function row(e: EventRecord): Cell[] {
  return [
    e.story,
    e.sentenceIndex,
    e.span[0],
    e.span[1],
    e.date,
    e.dateStated,
    e.source.code,
    e.source.country,
    e.source.role,
    e.source.text,
    e.target?.code,
    e.target?.country,
    e.target?.role,
    e.target?.text,
    e.code,
    e.root,
    e.quad,
    e.goldstein,
    e.plover?.event,
    e.plover?.mode,
    e.place?.name,
    e.place?.country,
    e.place?.lat,
    e.place?.lon,
    e.placeStated,
    e.rule,
    e.confidence,
    e.sentence,
  ];
}

/** Every record (and the header line, when asked) ends in CRLF; "" for no events and no header. */
export function toCsv(events: readonly EventRecord[], options: CsvOptions = { header: true }): string {
  const lines = events.map((e) => row(e).map(csvField).join(","));
  if (options.header) lines.unshift(CSV_COLUMNS.join(","));
  return lines.map((l) => `${l}\r\n`).join("");
}
