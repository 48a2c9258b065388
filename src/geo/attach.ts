import type { Doc, EventActor, EventRecord, Place, PlaceMention, Span, Token } from "../model/types.js";
import { cueBefore, STRONG_PREPS } from "./cues.js";
import type { Gazetteer } from "./gazetteer.js";
import { hostTarget, victimsOfPlace } from "./host.js";

/**
 * Places each event: the place of its sentence introduced by a locative preposition and
 * closest to its trigger ("police in Kyiv detained", "talks in Paris"), stated. Otherwise the
 * country of the source actor (or, failing that, of the target) as a country-level place, not
 * stated. Otherwise null. "From" is not where the event happened; "to"/"into"/"on" count only
 * when no stronger preposition does.
 */

/** Roots of statements (not meetings) and how near their place must be. */
const STATEMENT_ROOTS: ReadonlySet<string> = new Set(["01", "02", "03", "05", "10", "11", "12", "13"]);
const VERBAL_REACH = 3;

/** Extra distance (in tokens) for a weaker preposition. */
const WEAK_PENALTY = 50;
const EVENT_WEAK_PREPS: ReadonlySet<string> = new Set(["to", "into", "on", "toward", "towards"]);

function tokenRange(tokens: readonly Token[], span: Span): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const t of tokens) {
    if (t.end <= span[0] || t.start >= span[1]) continue;
    if (first < 0) first = t.i;
    last = t.i;
  }
  return first < 0 ? null : [first, last];
}

function gap(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

/** The stated place of an event, or null. */
export function placeForEvent(
  doc: Doc,
  event: EventRecord,
  places: readonly PlaceMention[],
): PlaceMention | null {
  const sentence = doc.sentences[event.sentenceIndex];
  if (!sentence) return null;
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const trigger = tokenRange(tokens, event.trigger);
  let best: PlaceMention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const place of places) {
    if (place.sentence !== event.sentenceIndex) continue;
    const cue = cueBefore(doc.tokens, place.tokens[0], sentence.tokenStart, place.tokens[1] - 1);
    const prep = cue?.prep ?? null;
    if (prep === null || cue?.based) continue;
    const weak = EVENT_WEAK_PREPS.has(prep);
    if (!weak && !STRONG_PREPS.has(prep)) continue;
    const range: [number, number] = [place.tokens[0], place.tokens[1] - 1];
    const distance = trigger === null ? 0 : gap(range, trigger);
    // A statement happens where it is made ("said in Moscow"), not where its content is
    // ("regrets the cancellation of programs in Azerbaijan"): only a place next to its verb.
    if (STATEMENT_ROOTS.has(event.root) && distance > VERBAL_REACH) continue;
    const score = distance + (weak ? WEAK_PENALTY : 0);
    if (score < bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

function countryPlace(gaz: Gazetteer, actor: EventActor | null): Place | null {
  if (actor?.country == null) return null;
  const country = gaz.country(actor.country);
  if (country === null) return null;
  return { name: country.name, country: country.alpha3, lat: country.lat, lon: country.lon };
}

/** New event records with `place` and `placeStated` set. */
export function attachPlaces(
  doc: Doc,
  gaz: Gazetteer,
  events: readonly EventRecord[],
  places: readonly PlaceMention[],
  dateline: Place | null = null,
  home: (event: EventRecord) => Place | null = () => null,
): EventRecord[] {
  return events.map((event) => {
    // Acts a government performs at home (summoning an envoy, cancelling a visit) happen at its
    // capital; a place named in their sentence locates the visit or meeting, not the act.
    const atHome = home(event);
    const stated = placeForEvent(doc, event, places);
    if (atHome !== null && (stated === null || stated.country !== atHome.country))
      return { ...event, place: atHome, placeStated: false };
    if (stated !== null) {
      const place: Place = { name: stated.name, country: stated.country, lat: stated.lat, lon: stated.lon };
      return victimsOfPlace(hostTarget({ ...event, place, placeStated: true }));
    }
    const countries = [event.source.country, event.target?.country];
    if (dateline !== null && countries.includes(dateline.country))
      return { ...event, place: dateline, placeStated: false };
    // With no place stated, the country is obvious only for a domestic event (both actors of one
    // country, or no target): an international event without a stated place has none.
    const domestic = event.target === null || event.target.country === event.source.country;
    const fallback = domestic ? (countryPlace(gaz, event.source) ?? countryPlace(gaz, event.target)) : null;
    return { ...event, place: fallback, placeStated: false };
  });
}
