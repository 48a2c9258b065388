import type { Doc, EventActor, Place } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";

/**
 * Successor states coded as their predecessor for stories before a dissolution date:
 * "Moscow" or "Russian" in a 1987 story is the Soviet Union (SUN), as CAMEO coders write it.
 */
const PREDECESSORS: { code: string; historic: string; until: string }[] = [
  { code: "RUS", historic: "SUN", until: "1991-12-26" },
];

function mapCode(code: string, date: string | null): string {
  if (date === null) return code;
  for (const p of PREDECESSORS)
    if (code.startsWith(p.code) && date < p.until) return p.historic + code.slice(3);
  return code;
}

function mapActor(a: EventActor, date: string | null): EventActor {
  const code = mapCode(a.code, date);
  return code === a.code ? a : { ...a, code, country: a.country === null ? null : mapCode(a.country, date) };
}

function mapPlace(p: Place | null, date: string | null): Place | null {
  if (p === null) return null;
  const country = mapCode(p.country, date);
  return country === p.country ? p : { ...p, country };
}

export const historicStage: Stage = {
  name: "historic",
  reads: ["story", "events"],
  writes: ["events"],
  run(doc): Doc {
    const date = doc.story.published;
    if (date === null || !PREDECESSORS.some((p) => date < p.until)) return doc;
    const events = doc.events.map((e) => ({
      ...e,
      source: mapActor(e.source, date),
      target: e.target ? mapActor(e.target, date) : null,
      place: mapPlace(e.place, date),
    }));
    return { ...doc, events };
  },
};
