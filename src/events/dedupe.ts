import type { Doc, EventRecord } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";

/** The same happening: same actors, same three-digit action, same date. */
const key = (e: EventRecord) =>
  `${e.source.code}|${e.target?.code ?? ""}|${e.code.slice(0, 3)}|${e.date ?? ""}`;

/**
 * The same happening told twice in a story (headline, lead, later paragraph) is one event:
 * keep the most informative telling (stated date, stated place, most specific code, then earliest).
 */
export const dedupeStage: Stage = {
  name: "dedupe",
  reads: ["events"],
  writes: ["events"],
  run(doc): Doc {
    const best = new Map<string, EventRecord>();
    const score = (e: EventRecord) =>
      (e.dateStated ? 4 : 0) + (e.placeStated ? 2 : 0) + (e.code.length > 3 ? 1 : 0) + e.confidence;
    for (const e of doc.events) {
      const k = key(e);
      const have = best.get(k);
      if (have === undefined || score(e) > score(have)) best.set(k, e);
    }
    const kept = new Set(best.values());
    return { ...doc, events: doc.events.filter((e) => kept.has(e)) };
  },
};
