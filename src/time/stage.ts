import type { Doc } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { attachDates } from "./attach.js";
import { findTimes } from "./extract.js";

/**
 * Finds the time expressions of the sentences that state events (chrono-node with Rift's
 * refiners, resolved against the story's publication date, never the clock) and dates every
 * event. Sentences without events are not parsed: their times would date nothing.
 */
export const timeStage: Stage = {
  name: "time",
  reads: ["story", "sentences", "tokens", "events"],
  writes: ["times", "events"],
  run(doc: Doc): Doc {
    const times = findTimes(doc, new Set(doc.events.map((e) => e.sentenceIndex)));
    const events = attachDates(doc, doc.events, times);
    return { ...doc, times, events };
  },
};
