import type {
  ParsedResult,
  ParsingComponents,
  ParsingContext,
  ParsingOption,
  ParsingResult,
} from "chrono-node";
import type { DateUnit, Ymd } from "./calendar.js";

/**
 * How Rift's refiners talk to each other and to the stage through chrono results:
 * a refiner that settles a result assigns its year/month/day and tags it with the rule
 * that decided and the unit of the date (day, month or year).
 */

const RULE = "rift/rule:";
const UNIT = "rift/unit:";
const DROP = "rift/drop";

/** Per-sentence information handed to the refiners through chrono's option object. */
export interface TimeParseOption extends ParsingOption {
  /**
   * True when the text [start, end) (offsets into the parsed text) sits in a clause about the
   * future ("will meet on Tuesday", "is to visit in December"). Absent: everything is past.
   */
  isFuture?: (start: number, end: number) => boolean;
}

export function isFutureResult(context: ParsingContext, result: ParsingResult): boolean {
  const option = context.option as TimeParseOption;
  return option.isFuture ? option.isFuture(result.index, result.index + result.text.length) : false;
}

/** Assigns a resolved date to the result's start and records the rule and unit. */
export function settle(result: ParsingResult, ymd: Ymd, unit: DateUnit, rule: string): void {
  assignDate(result.start, ymd);
  result.addTag(`${RULE}${rule}`);
  result.addTag(`${UNIT}${unit}`);
}

/** Marks a result to be dropped by the final refiner (it names no usable date). */
export function drop(result: ParsingResult): void {
  result.addTag(DROP);
}

export function isDropped(result: ParsingResult): boolean {
  return result.tags().has(DROP);
}

function assignDate(components: ParsingComponents, ymd: Ymd): void {
  components.assign("year", ymd.y);
  components.assign("month", ymd.m);
  components.assign("day", ymd.d);
}

export function isSettled(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (tag.startsWith(RULE)) return true;
  return false;
}

export interface Resolved {
  ymd: Ymd;
  unit: DateUnit;
  rule: string;
}

/** Reads what the refiners decided; null when no refiner settled the result. */
export function readResolved(result: ParsedResult): Resolved | null {
  let rule: string | null = null;
  let unit: DateUnit | null = null;
  for (const tag of result.tags()) {
    if (tag.startsWith(RULE)) rule = tag.slice(RULE.length);
    else if (tag.startsWith(UNIT)) unit = tag.slice(UNIT.length) as DateUnit;
  }
  if (rule === null || unit === null) return null;
  const y = result.start.get("year");
  const m = result.start.get("month");
  const d = result.start.get("day");
  if (y === null || m === null || d === null) return null;
  return { ymd: { y, m, d }, unit, rule };
}

/** The reference day of a parse, as chrono's components see it (local calendar fields). */
export function referenceYmd(context: ParsingContext): Ymd {
  const date = context.reference.getDateWithAdjustedTimezone();
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}
