import type { Doc } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { attachDates } from "./attach.js";
import { findTimes } from "./extract.js";

/**
 * Finds the time expressions of every sentence (chrono-node with Rift's refiners, resolved
 * against the story's publication date, never the clock) and dates every event.
 */
export const timeStage: Stage = {
  name: "time",
  reads: ["story", "sentences", "tokens", "events"],
  writes: ["times", "events"],
  run(doc: Doc): Doc {
    const times = findTimes(doc);
    const events = attachDates(doc, doc.events, times);
    return { ...doc, times, events };
  },
};
