import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, type Ymd } from "./calendar.js";
import { VAGUE_TAG } from "./parsers.js";
import { isDropped, isSettled, referenceYmd, settle } from "./resolved.js";

/**
 * Dates relative to the publication day. Exact days keep the day ("yesterday", "three days
 * ago"); vague periods keep what they name, following the coders' convention: a week or a
 * month → YYYY-MM ("last week", "this month", "two weeks ago", "recently"), a year → YYYY
 * ("last year", "earlier this year", "two years ago").
 */

const NUMBER = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)";
const AGO = new RegExp(`^${NUMBER}\\s+(day|week|month|year|decade)s?\\s+ago$`, "i");
const PERIOD = /^(?:the\s+)?(last|past|previous|this|next|coming)\s+(week|month|year)$/i;
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function count(word: string): number | null {
  const n = Number(word);
  if (Number.isInteger(n) && n > 0) return n;
  return WORDS[word.toLowerCase()] ?? null;
}

function monthsBack(ref: Ymd, months: number): Ymd {
  const index = ref.y * 12 + (ref.m - 1) - months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** Settles one relative result; false when it is not a relative phrase this rule knows. */
function resolve(result: ParsingResult, ref: Ymd): boolean {
  const text = result.text.trim().replace(/\s+/g, " ").toLowerCase();
  const tags = result.tags();
  if (tags.has(VAGUE_TAG)) {
    settle(result, ref, "month", "time.vague");
    return true;
  }
  if (
    tags.has("casualReference/yesterday") ||
    text.startsWith("yesterday") ||
    text.startsWith("last night")
  ) {
    settle(result, addDays(ref, -1), "day", "time.yesterday");
    return true;
  }
  if (
    tags.has("casualReference/today") ||
    tags.has("casualReference/tonight") ||
    /^(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(text)
  ) {
    settle(result, ref, "day", "time.today");
    return true;
  }
  const ago = AGO.exec(text);
  if (ago) {
    const n = count(ago[1]);
    if (n === null) return false;
    const unit = ago[2];
    if (unit === "day") settle(result, addDays(ref, -n), "day", "time.ago");
    else if (unit === "week") settle(result, addDays(ref, -7 * n), "month", "time.ago");
    else if (unit === "month") settle(result, monthsBack(ref, n), "month", "time.ago");
    else settle(result, { y: ref.y - (unit === "decade" ? 10 * n : n), m: 1, d: 1 }, "year", "time.ago");
    return true;
  }
  const period = PERIOD.exec(text);
  if (period) {
    const [, which, unit] = period;
    const step = which === "this" ? 0 : which === "next" || which === "coming" ? 1 : -1;
    if (unit === "week") settle(result, addDays(ref, 7 * step), "month", "time.period");
    else if (unit === "month") settle(result, monthsBack(ref, -step), "month", "time.period");
    else settle(result, { y: ref.y + step, m: 1, d: 1 }, "year", "time.period");
    return true;
  }
  return false;
}

export const relativeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceYmd(context);
    for (const result of results) {
      if (isDropped(result) || isSettled(result)) continue;
      resolve(result, ref);
    }
    return results;
  },
};
