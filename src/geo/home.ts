import type { Knowledge } from "../dict/knowledge.js";
import type { EventRecord, Place } from "../model/types.js";

/**
 * The home of an act that a government performs at its own seat (data/dict/places/home-acts.json:
 * summoning an envoy, cancelling a visit): the capital of the source's country, from the country
 * dictionary and the gazetteer.
 */
export function homePlace(kb: Knowledge): (event: EventRecord) => Place | null {
  return (event) => {
    const country = event.source.country;
    if (!kb.homeActs?.has(event.code) || country === null) return null;
    const capital = kb.actors.countries.get(country)?.capitals[0];
    const hit = capital ? kb.gazetteer.lookup(capital).find((h) => h.country === country) : undefined;
    if (hit !== undefined) return { name: hit.name, country, lat: hit.lat, lon: hit.lon };
    const c = kb.gazetteer.country(country);
    return c ? { name: c.name, country, lat: c.lat, lon: c.lon } : null;
  };
}
