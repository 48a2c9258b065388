import type { Knowledge } from "../dict/knowledge.js";
import type { Doc } from "../model/types.js";
import type { Field, Stage } from "./stage.js";

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc, kb: Knowledge): Doc;
}

export class PipelineError extends Error {}

/**
 * Builds a pipeline from one literal list of stages, checking when built that every
 * field a stage reads is written by an earlier stage (the story and problems are given).
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<Field>(["story", "problems"]);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice in the pipeline`);
    names.add(stage.name);
    for (const field of stage.reads) {
      if (!available.has(field)) {
        throw new PipelineError(`stage "${stage.name}" reads "${field}", which no earlier stage writes`);
      }
    }
    for (const field of stage.writes) available.add(field);
  }
  return {
    stages,
    run(doc, kb) {
      let current = doc;
      for (const stage of stages) current = stage.run(current, kb);
      return current;
    },
  };
}
