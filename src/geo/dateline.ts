import type { Place } from "../model/types.js";
import { findDateline } from "../nlp/dateline.js";
import type { Gazetteer } from "./gazetteer.js";

/**
 * The dateline ("HANOI, Vietnam (AP) — …") names where the story was filed; events of that
 * country with no stated place happened there.
 */
export function datelinePlace(text: string, gaz: Gazetteer): Place | null {
  const dateline = findDateline(text);
  if (dateline === null) return null;
  const hits = gaz.lookup(dateline.name);
  if (hits.length === 0) return null;
  const best = [...hits].sort(
    (a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population,
  )[0];
  if (best.kind === "country") {
    const c = gaz.country(best.country);
    return c ? { name: c.name, country: c.alpha3, lat: c.lat, lon: c.lon } : null;
  }
  return { name: best.name, country: best.country, lat: best.lat, lon: best.lon };
}
