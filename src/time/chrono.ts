import { type Chrono, casual, type ParsingContext, type ParsingResult, type Refiner } from "chrono-node";
import { noiseFilter } from "./filter.js";
import { QualifiedMonthParser, VagueParser, YearParser } from "./parsers.js";
import { absoluteRefiner, pastRefiner } from "./past.js";
import { relativeRefiner } from "./relative.js";
import { isDropped, isSettled } from "./resolved.js";
import { weekdayRefiner } from "./weekday.js";

/** Keeps only results one of Rift's refiners settled (and none dropped). */
const keepSettled: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isSettled(r) && !isDropped(r));
  },
};

function build(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.push(new YearParser(), new QualifiedMonthParser(), new VagueParser());
  // After chrono's own refiners (merging, overlap removal): ours settle the date of every result.
  chrono.refiners.push(
    noiseFilter,
    relativeRefiner,
    weekdayRefiner,
    pastRefiner,
    absoluteRefiner,
    keepSettled,
  );
  return chrono;
}

let instance: Chrono | null = null;

/** chrono's English casual parsers with Rift's parsers and refiners; built once, never changed. */
export function timeParser(): Chrono {
  if (instance === null) instance = build();
  return instance;
}
