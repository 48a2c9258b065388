import type { ActorLexicon } from "../actors/lexicon.js";
import type { CameoTable } from "../cameo/codes.js";
import type { PatternIndex } from "../events/patterns.js";
import type { Gazetteer } from "../geo/gazetteer.js";

/**
 * Everything the coder knows, loaded once and never mutated: dictionaries, patterns, gazetteer.
 * `code()` is a pure function of a story plus this object, so it is safe to share read-only
 * across worker threads (each worker loads its own copy).
 */
export interface Knowledge {
  version: string;
  actors: ActorLexicon;
  patterns: PatternIndex;
  gazetteer: Gazetteer;
  cameo: CameoTable;
  /** CAMEO codes of acts done at the source's seat (placed at its capital when no place is stated), with the entry id. */
  homeActs: ReadonlyMap<string, string>;
  /** Verdict words ("illegal", "unacceptable") with the entry that lists them. */
  verdicts: ReadonlyMap<string, { id: string; code: string }>;
}
