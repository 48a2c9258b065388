/**
 * Rift's library entry point: `code(story)` → events.
 * `code` is a pure function of a story plus loaded knowledge: safe to call from worker threads.
 */

import type { Knowledge } from "./dict/knowledge.js";
import { loadKnowledge } from "./dict/load.js";
import type { Doc, EventRecord, Problem, Story } from "./model/types.js";
import { newDoc } from "./model/types.js";
import { defaultPipeline } from "./pipeline/default.js";

export type { Knowledge } from "./dict/knowledge.js";
export { loadKnowledge } from "./dict/load.js";
export type { Doc, EventRecord, Problem, Story } from "./model/types.js";

export interface CodeResult {
  events: EventRecord[];
  problems: Problem[];
  doc: Doc;
}

let cached: Knowledge | null = null;

/** Knowledge shipped in the repository, loaded on first use. */
export function defaultKnowledge(): Knowledge {
  if (cached === null) cached = loadKnowledge();
  return cached;
}

export interface CodeOptions {
  /**
   * Events below this confidence are left out (default 0.6, measured on the development sets as
   * the best balance of precision and recall; 0 keeps every candidate). The document (`doc`)
   * keeps them all.
   */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

/** Codes one story into events. */
export function codeDoc(
  story: Story,
  kb: Knowledge = defaultKnowledge(),
  options: CodeOptions = {},
): CodeResult {
  const doc = defaultPipeline.run(newDoc(story), kb);
  const min = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return { events: doc.events.filter((e) => e.confidence >= min), problems: doc.problems, doc };
}

/** Codes one story into its event records. */
export function code(
  story: Story,
  kb: Knowledge = defaultKnowledge(),
  options: CodeOptions = {},
): EventRecord[] {
  return codeDoc(story, kb, options).events;
}
