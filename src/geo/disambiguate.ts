import type { ActorMention } from "../model/types.js";
import type { GazHit } from "./gazetteer.js";

/**
 * Choosing among same-named places: a place in a country the story mentions wins, unless the
 * other is far more prominent (Paris, France over Paris, Texas in a story that mentions the
 * United States); otherwise the most prominent. Scores are on a log10(population) scale.
 */

/** How often the story mentions each country (alpha-3): actors and unambiguous places. */
export type CountryVotes = ReadonlyMap<string, number>;

export function countryVotes(
  actors: readonly ActorMention[],
  places: readonly (readonly GazHit[])[],
): CountryVotes {
  const votes = new Map<string, number>();
  const vote = (country: string) => votes.set(country, (votes.get(country) ?? 0) + 1);
  for (const actor of actors) if (actor.country && /^[A-Z]{3}$/.test(actor.country)) vote(actor.country);
  for (const hits of places) {
    const countries = new Set(hits.map((h) => h.country));
    if (countries.size === 1) vote(hits[0].country);
  }
  return votes;
}

const COUNTRY = 9;
const ALIAS = 6.5;
const CAPITAL = 1;
const ADMIN_SEAT = 0.3;
const MENTIONED = 2;
const HINTED = 5;

export function score(hit: GazHit, votes: CountryVotes, hint: string | null): number {
  let s: number;
  if (hit.kind === "country") s = COUNTRY;
  else if (hit.source === "alias") s = ALIAS;
  else s = Math.log10(hit.population + 1) + (hit.capital ? CAPITAL : 0) + (hit.adminSeat ? ADMIN_SEAT : 0);
  const n = votes.get(hit.country) ?? 0;
  if (n > 0) s += MENTIONED + 0.05 * Math.min(n, 10);
  if (hint !== null && hint === hit.country) s += HINTED;
  return s;
}

/** The best of a non-empty list of hits; ties keep the gazetteer's order. */
export function bestHit(hits: readonly GazHit[], votes: CountryVotes, hint: string | null): GazHit {
  let best = hits[0];
  let bestScore = score(best, votes, hint);
  for (let k = 1; k < hits.length; k++) {
    const s = score(hits[k], votes, hint);
    if (s > bestScore) {
      best = hits[k];
      bestScore = s;
    }
  }
  return best;
}
