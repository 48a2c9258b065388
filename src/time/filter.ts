import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { drop } from "./resolved.js";

/**
 * Drops what chrono finds but news coding cannot use: times of day alone ("at 10:30 p.m."),
 * "now", lower-case month words that are verbs ("may", "march"), weekday abbreviations that
 * are words or names ("Sun", "wed"), slash dates without a year ("1/3" is a fraction),
 * forward durations ("within 48 hours", "two days later": relative to another event or a
 * deadline, not a date) and spans ("the past three months").
 */

const FULL_WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend)s?\b/i;
const MONTH_WORD =
  /\b(jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?|july?\.?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])/i;
/** Durations counted from a deadline or from another event, not from publication. */
const FORWARD = /^(?:within|in|after)\b|\b(?:later|from now|hence|after|before|earlier)$/i;
const SPAN =
  /\b(?:past|last|next|coming)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+\w+$/i;
const CLOCK_TAG = /^casualReference\/(?:morning|afternoon|evening|night|noon|midnight)$/;
const TODAY_PARTS = /^(?:this\s+(?:morning|afternoon|evening)|tonight)\b/i;

function isNoise(result: ParsingResult): boolean {
  const text = result.text.trim();
  const tags = result.tags();
  const start = result.start;
  if (tags.has("casualReference/now")) return true;
  const dated = ["year", "month", "day", "weekday"].some((c) => start.isCertain(c as "year"));
  if (!dated && !TODAY_PARTS.test(text)) {
    // A clock time or a part of day alone ("at 10:30 p.m.", "in the morning").
    if (start.isCertain("hour") || [...tags].some((t) => CLOCK_TAG.test(t))) return true;
  }
  if (start.isCertain("weekday") && !start.isCertain("day") && !FULL_WEEKDAY.test(text)) return true;
  if (start.isCertain("month")) {
    const month = MONTH_WORD.exec(text);
    if (month) {
      const word = month[1];
      if (word[0] !== word[0].toUpperCase()) return true;
      // A month alone needs its full name or an abbreviation with a period ("Dec."): "Jan" is a name.
      const abbreviated = word.length <= 3 && word.toLowerCase() !== "may";
      if (!start.isCertain("day") && abbreviated && !text.slice(month.index + word.length).startsWith(".")) {
        return true;
      }
    }
  }
  if (tags.has("parser/SlashDateFormatParser") && !start.isCertain("year")) return true;
  if (tags.has("result/relativeDate") && (FORWARD.test(text) || SPAN.test(text))) return true;
  return false;
}

export const noiseFilter: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) if (isNoise(result)) drop(result);
    return results;
  },
};
