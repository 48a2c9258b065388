/**
 * A strict date parser for the forms found in story headers and HTML metadata:
 *   2025-06-30, 2025/06/30, 2025-06-30T10:15:00Z (any ISO time part),
 *   June 30, 2025 · Jun. 30 2025 · Sept. 5, 2019 · 30 June 2025 · 30th June, 2025,
 * each optionally preceded by a weekday ("Monday, June 30, 2025") or a "Published"/"Updated"
 * label and followed by a time ("June 30, 2025, 10:15 a.m. EDT", "Mon, 30 Jun 2025 10:15:00 GMT").
 * Anything else, or an impossible day (2025-02-30), gives null. The whole string must match.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const WEEKDAY =
  "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
const LABEL = "(?:(?:published|posted|updated|last updated|first published)(?:\\s+on)?:?\\s+)?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/** What may follow the date: nothing, or a time with optional am/pm and zone. */
const TIME =
  "(?:(?:,?\\s*(?:at\\s+)?|\\s*[-–—|·]\\s*)\\d{1,2}(?:[:.]\\d{2}){0,2}(?:\\.\\d+)?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:utc|gmt|z|[ecmpa][sd]t|bst|cest|cet|eest|eet|wet|west|ist|jst|kst|hkt|sgt|msk|aest|aedt|[+-]\\d{2}:?\\d{2})?(?:\\s*[+-]\\d{2}:?\\d{2})?\\.?)?";

const ISO_RE =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const MDY_RE = new RegExp(`^${LABEL}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME}$`, "i");
const DMY_RE = new RegExp(`^${LABEL}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, "i");

/** Longest input the parser looks at; longer strings are not dates. */
const MAX_LENGTH = 80;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YYYY-MM-DD from numbers, or null when the day does not exist (years 1000–2999). */
export function makeDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Parses one of the accepted forms; the result is YYYY-MM-DD or null. */
export function parseDate(input: string): string | null {
  const text = input.replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  const iso = ISO_RE.exec(text);
  if (iso) return makeDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const mdy = MDY_RE.exec(text);
  if (mdy) return makeDate(Number(mdy[3]), MONTHS[mdy[1].toLowerCase()] ?? 0, Number(mdy[2]));
  const dmy = DMY_RE.exec(text);
  if (dmy) return makeDate(Number(dmy[3]), MONTHS[dmy[2].toLowerCase()] ?? 0, Number(dmy[1]));
  return null;
}

/** True for a valid calendar date written exactly as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value) === value;
}
