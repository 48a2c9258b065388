import type { EventRecord } from "../model/types.js";

/** Protests (14) and military posturing (15): acts aimed at the country where they are staged. */
const HOSTED_ROOTS: ReadonlySet<string> = new Set(["14", "15"]);

/**
 * "US activists staged a protest in Beijing", "Russia held military drills in Alaska": a protest
 * or show of force with no named target, staged in another country, is aimed at that country.
 * Applies when the event's target was implied (none, or inferred from the story with no text of
 * its own) and its place is stated in a country other than the source's.
 */
export function hostTarget(event: EventRecord): EventRecord {
  if (!HOSTED_ROOTS.has(event.root) || !event.placeStated || event.place === null) return event;
  if (event.target !== null && event.target.text !== "") return event;
  const country = event.place.country;
  if (event.source.country === null || event.source.country === country) return event;
  if (event.target?.country === country) return event;
  return {
    ...event,
    target: { code: country, country, role: null, text: "", entries: [`country.${country}`] },
    rule: `${event.rule}/host`,
  };
}
