/**
 * Calendar arithmetic on plain year-month-day triples. No time zones and no clock: every
 * computation is a pure function of its arguments (the story's publication date is the reference).
 */

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

/** How much of a resolved date is known: YYYY-MM-DD, YYYY-MM or YYYY. */
export type DateUnit = "day" | "month" | "year";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD"; null for anything else (including impossible dates). */
export function parseYmd(text: string | null): Ymd | null {
  if (text === null) return null;
  const m = ISO_DAY.exec(text.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const back = fromDays(toDays(ymd));
  return back.y === ymd.y && back.m === ymd.m && back.d === ymd.d ? ymd : null;
}

/** Days since 1970-01-01 (proleptic Gregorian, UTC arithmetic only). */
export function toDays(ymd: Ymd): number {
  return Math.round(Date.UTC(ymd.y, ymd.m - 1, ymd.d) / 86_400_000);
}

export function fromDays(days: number): Ymd {
  const date = new Date(days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDays(toDays(ymd) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(ymd: Ymd): number {
  return (((toDays(ymd) + 4) % 7) + 7) % 7;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toDays(a) - toDays(b);
}

/** Month/day comparison inside one year, for month-day dates without a stated year. */
export function compareMonthDay(a: { m: number; d: number }, b: { m: number; d: number }): number {
  return a.m !== b.m ? a.m - b.m : a.d - b.d;
}

export function formatDate(ymd: Ymd, unit: DateUnit): string {
  const y = String(ymd.y).padStart(4, "0");
  if (unit === "year") return y;
  const m = String(ymd.m).padStart(2, "0");
  if (unit === "month") return `${y}-${m}`;
  return `${y}-${m}-${String(ymd.d).padStart(2, "0")}`;
}

/** The latest date with this weekday on or before `ref` (`strict`: before `ref`). */
export function weekdayOnOrBefore(ref: Ymd, weekday: number, strict = false): Ymd {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** The earliest date with this weekday on or after `ref` (`strict`: after `ref`). */
export function weekdayOnOrAfter(ref: Ymd, weekday: number, strict = false): Ymd {
  let ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}
