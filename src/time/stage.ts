import type { Knowledge } from "../dict/knowledge.js";
import type { Doc } from "../model/types.js";
import { isPastForm } from "../nlp/inflect.js";
import type { Stage } from "../pipeline/stage.js";
import { attachDates } from "./attach.js";
import { findTimes } from "./extract.js";
import { inheritNarrativeDates, refineVagueDates } from "./refine.js";

/** Does this lemma name an act of the given CAMEO root in the pattern dictionary? */
function relatedAct(kb: Knowledge): (root: string, lemma: string) => boolean {
  return (root, lemma) => {
    const patterns = [...(kb.patterns?.nouns.get(lemma) ?? []), ...(kb.patterns?.verbs.get(lemma) ?? [])];
    return patterns.some((p) => p.entry.code.startsWith(root));
  };
}

/**
 * Finds the time expressions of the sentences that state events and of the two after each
 * (chrono-node with Rift's refiners, resolved against the story's publication date, never the
 * clock) and dates every event; a vaguely dated event takes the day the next sentences give
 * the same act. Other sentences are not parsed: their times would date nothing.
 */
export const timeStage: Stage = {
  name: "time",
  reads: ["story", "sentences", "tokens", "events"],
  writes: ["times", "events"],
  run(doc: Doc, kb: Knowledge): Doc {
    const wanted = new Set<number>();
    for (const e of doc.events) for (let k = 0; k <= 2; k++) wanted.add(e.sentenceIndex + k);
    const times = findTimes(doc, wanted);
    const dated = attachDates(doc, doc.events, times);
    const refined = refineVagueDates(doc, dated, times, relatedAct(kb));
    const events = inheritNarrativeDates(doc, refined, times, isPastForm);
    return { ...doc, times, events };
  },
};
