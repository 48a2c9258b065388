import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { compareMonthDay, type Ymd } from "./calendar.js";
import { isDropped, isFutureResult, isSettled, referenceYmd, settle } from "./resolved.js";

/**
 * Months and month-days without a year ("in December", "on Nov. 5"). chrono picks the closest
 * year, which for a June story puts December in the coming winter; news reports the past, so
 * the year is the latest that puts the date on or before publication — unless the clause is
 * about the future ("is to visit in December"), where it is the earliest on or after it.
 */

export function resolveYear(ref: Ymd, month: number, day: number | null, future: boolean): number {
  const cmp = day === null ? month - ref.m : compareMonthDay({ m: month, d: day }, ref);
  if (future) return cmp < 0 ? ref.y + 1 : ref.y;
  return cmp > 0 ? ref.y - 1 : ref.y;
}

export const pastRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceYmd(context);
    for (const result of results) {
      if (isDropped(result) || isSettled(result)) continue;
      const start = result.start;
      if (!start.isCertain("month") || start.isCertain("year")) continue;
      const month = start.get("month");
      if (month === null) continue;
      const day = start.isCertain("day") ? start.get("day") : null;
      const future = isFutureResult(context, result);
      const y = resolveYear(ref, month, day, future);
      const unit = day === null ? "month" : "day";
      const rule = `time.${unit === "day" ? "date" : "month"}-${future ? "future" : "past"}`;
      settle(result, { y, m: month, d: day ?? 1 }, unit, rule);
    }
    return results;
  },
};

/** Dates that state their year: "June 12, 2024", "December 2024", "in 1997". */
export const absoluteRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (isDropped(result) || isSettled(result)) continue;
      const start = result.start;
      const y = start.get("year");
      if (!start.isCertain("year") || y === null) continue;
      const m = start.isCertain("month") ? start.get("month") : null;
      const d = m !== null && start.isCertain("day") ? start.get("day") : null;
      if (m === null) settle(result, { y, m: 1, d: 1 }, "year", "time.year");
      else if (d === null) settle(result, { y, m, d: 1 }, "month", "time.month");
      else settle(result, { y, m, d }, "day", "time.date");
    }
    return results;
  },
};

/** Rules whose date does not depend on the publication date. */
export const ABSOLUTE_RULES: ReadonlySet<string> = new Set(["time.year", "time.month", "time.date"]);
