import { MONTH_NAMES, WEEKDAY_NAMES } from "../nlp/calendar-words.js";

/**
 * Capitalised words that GeoNames knows as towns but a story almost never means as places
 * when they stand alone. They still match as part of a longer name or through the alias table.
 */

/** Months, weekdays and holidays: never a place alone ("in March" is a date). */
export const NEVER_PLACES: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  "christmas",
  "easter",
  "ramadan",
]);

/** Common words and names: a place alone only after a locative preposition ("in Reading"). */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  "police",
  "union",
  "mission",
  "independence",
  "liberty",
  "enterprise",
  "normal",
  "university",
  "temple",
  "reading",
  "deal",
  "sale",
  "hope",
  "paradise",
  "victory",
  "providence",
  "mobile",
  "split",
  "nice",
  "bath",
  "orange",
  "opportunity",
  "commerce",
  "justice",
  "president",
  "obama",
  "hyde",
]);
