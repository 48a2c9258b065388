import type { Knowledge } from "../dict/knowledge.js";
import type { Doc } from "../model/types.js";

/** The parts of a Doc a stage may read or write. */
export type Field = "story" | "sentences" | "tokens" | "actors" | "places" | "times" | "events" | "problems";

/**
 * A pipeline component: a pure function Doc → Doc over loaded knowledge.
 * It declares what it reads and writes; `buildPipeline` checks the order.
 * Stages never read the clock: the story's publication date is the reference.
 */
export interface Stage {
  name: string;
  reads: readonly Field[];
  writes: readonly Field[];
  run(doc: Doc, kb: Knowledge): Doc;
}
