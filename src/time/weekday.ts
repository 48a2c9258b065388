import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { weekdayOnOrAfter, weekdayOnOrBefore, type Ymd } from "./calendar.js";
import { isDropped, isFutureResult, isSettled, referenceYmd, settle } from "./resolved.js";

/**
 * Weekday names ("on Saturday", "Friday's raids", "Tuesday night", "over the weekend").
 * News reports the past, so a bare weekday is the latest such day on or before publication;
 * the publication's own weekday is the publication day (AP style), unless "last" is said.
 * In a clause about the future ("will meet on Tuesday") it is the first such day on or after
 * publication; "next Tuesday" is the first Tuesday after publication.
 */

const MODIFIER = /\b(last|past|previous|next|coming|this)\b/i;
const SATURDAY = 6;

export function resolveWeekday(
  ref: Ymd,
  weekday: number,
  modifier: string | null,
  future: boolean,
): { ymd: Ymd; future: boolean } {
  switch (modifier) {
    case "last":
    case "past":
    case "previous":
      return { ymd: weekdayOnOrBefore(ref, weekday, true), future: false };
    case "next":
    case "coming":
      return { ymd: weekdayOnOrAfter(ref, weekday, true), future: true };
    default:
      return future
        ? { ymd: weekdayOnOrAfter(ref, weekday), future: true }
        : { ymd: weekdayOnOrBefore(ref, weekday), future: false };
  }
}

export const weekdayRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceYmd(context);
    for (const result of results) {
      if (isDropped(result) || isSettled(result)) continue;
      const start = result.start;
      if (!start.isCertain("weekday") || start.isCertain("day")) continue;
      const text = result.text.toLowerCase();
      const weekend = /\bweekend\b/.test(text);
      const weekday = weekend ? SATURDAY : start.get("weekday");
      if (weekday === null) continue;
      const modifier = MODIFIER.exec(text)?.[1] ?? null;
      const resolved = resolveWeekday(ref, weekday, modifier, isFutureResult(context, result));
      settle(result, resolved.ymd, "day", resolved.future ? "time.weekday-future" : "time.weekday");
    }
    return results;
  },
};
