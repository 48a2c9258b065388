import type { Place } from "../model/types.js";
import type { Gazetteer } from "./gazetteer.js";

/**
 * A wire-style dateline at the start of the body ("HANOI, Vietnam (AP) — …", "MOSCOW, April 13 - …")
 * names where the story was filed; events of that country with no stated place happened there.
 */
const DATELINE =
  /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?(?: \d{1,2})?)?(?: \([^)\n]{1,30}\))? ?[-–—:] /;

export function datelinePlace(text: string, gaz: Gazetteer): Place | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (m === null) return null;
  const name = m[1].toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const hits = gaz.lookup(name);
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
