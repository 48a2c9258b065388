import { actorCode } from "../actors/compose.js";
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

/** Roles of people who are where they are harmed: civilians, refugees. */
const LOCAL_ROLES: ReadonlySet<string> = new Set(["CVL", "REF"]);

/**
 * "Palestinian bombers killed 23 people in Tel Aviv": victims named without a country, whose
 * country was only guessed from the story, are of the country where they were harmed. Applies to
 * coercion and violence (CAMEO 17–20) with a stated place.
 */
export function victimsOfPlace(event: EventRecord): EventRecord {
  const target = event.target;
  if (target === null || target.role === null || !LOCAL_ROLES.has(target.role)) return event;
  if (Number(event.root) < 17 || !event.placeStated || event.place === null) return event;
  const country = event.place.country;
  if (target.country === country) return event;
  const named = target.entries.some((e) => !e.startsWith("role."));
  if (named) return event;
  return {
    ...event,
    target: { ...target, country, code: actorCode(country, target.role) },
    rule: `${event.rule}/victims-of-place`,
  };
}
