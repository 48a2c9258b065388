import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";

/**
 * Parsers chrono's English casual set lacks, for phrases news uses for the past:
 * bare years ("in 1997", "the 2003 invasion", "mid-2014"), qualified months ("late May")
 * and vague recency ("recently", "in recent weeks").
 */

import { MONTH_NAMES } from "../nlp/calendar-words.js";

export const VAGUE_TAG = "rift/vague";

const MONTHS = MONTH_NAMES;

/** A year needs a cue before it: a preposition, a determiner or "early/mid/late". */
const YEAR_PATTERN = new RegExp(
  "(?<![\\w-])" +
    "(?:(?:in|since|by|until|till|from|during|of|before|after|throughout|around|circa|between)\\s+)?" +
    "(?:(the|a|an|its|their|his|her)\\s+)?" +
    "(?:(early|mid|late)(?:-|\\s+))?" +
    "((?:1[89]|20)\\d{2})" +
    // Not a decade ("1990s", "2000's"), not a range ("2012–13"), not part of a bigger number.
    "(?![\\d\\w]|['’]s\\b|\\s*[-–]\\s*\\d)",
  "i",
);

export class YearParser implements Parser {
  pattern(): RegExp {
    return YEAR_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, , qualifier, digits] = match;
    // A bare number with neither a preposition/determiner nor a qualifier is not a date.
    if (!qualifier && whole.trim() === digits) return null;
    // The cue stays in the match ("in 1997", "the 2003"): chrono drops bare numbers as unlikely dates.
    const components = context.createParsingComponents({ year: Number(digits) }).addTag("rift/parser:year");
    const index = match.index ?? 0;
    return context.createParsingResult(index, whole, components);
  }
}

const MONTH_ALTERNATION = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join("|");
const QUALIFIED_MONTH = new RegExp(
  `(?<![\\w-])(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of)(?:-|\\s+)(${MONTH_ALTERNATION})(?:,?\\s+((?:1[89]|20)\\d{2}))?(?![\\w-])`,
  "i",
);

/** "late May", "mid-June 2014", "the end of March": a month, capitalised. */
export class QualifiedMonthParser implements Parser {
  pattern(): RegExp {
    return QUALIFIED_MONTH;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const word = match[1];
    if (word[0] !== word[0].toUpperCase()) return null;
    const month = MONTHS.indexOf(word.toLowerCase()) + 1;
    const known: { month: number; year?: number } = { month };
    if (match[2]) known.year = Number(match[2]);
    return context.createParsingComponents(known).addTag("rift/parser:qualified-month");
  }
}

const VAGUE_PATTERN = /(?<![\w-])(?:recently|in\s+recent\s+(?:days|weeks))(?![\w-])/i;

/** "recently", "in recent weeks": a vague period ending at publication (NOTES: → YYYY-MM). */
export class VagueParser implements Parser {
  pattern(): RegExp {
    return VAGUE_PATTERN;
  }

  extract(context: ParsingContext): ParsingComponents {
    return context.createParsingComponents().addTag(VAGUE_TAG);
  }
}
