import type { ActorMention, Doc, PlaceMention, Token } from "../model/types.js";
import { type Cue, cueBefore, STRONG_PREPS, WEAK_PREPS } from "./cues.js";
import { bestHit, type CountryVotes, countryVotes } from "./disambiguate.js";
import type { Gazetteer, GazHit } from "./gazetteer.js";
import { COMMON_WORDS, NEVER_PLACES } from "./stopwords.js";

/**
 * Place mentions: capitalised names of 1–4 tokens that the gazetteer knows, found after a
 * locative preposition, behind a descriptor ("the Russian city of X"), before "-based", or —
 * for prominent places only — standing alone. Tokens of non-locative actor mentions are
 * skipped ("Moscow said" is the government); a locative actor mention ("in Baku") is a place.
 */

const MAX_TOKENS = 4;
/** Without a locative preposition a city needs this many people to count as a place. */
const PROMINENT = 100_000;

interface Candidate {
  /** Token range [start, end). */
  start: number;
  end: number;
  sentence: number;
  hits: readonly GazHit[];
  /** Country named right after the place ("Paris, Texas" has none; "Tripoli, Lebanon"). */
  hint: string | null;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const JOINERS = new Set(["-", "'", "’"]);

function capitalised(token: Token): boolean {
  const c = token.text.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function prominent(hit: GazHit): boolean {
  return hit.source !== "geonames" || hit.capital || hit.adminSeat || hit.population >= PROMINENT;
}

/**
 * Tokens of actor mentions that are not places. A place phrase inside an actor mention stays
 * open: in "Police in Kiev" only "Police" is the actor's.
 */
function blockedTokens(doc: Doc): Uint8Array {
  const blocked = new Uint8Array(doc.tokens.length);
  for (const actor of doc.actors) {
    if (actor.locative) continue;
    for (let k = actor.tokens[0]; k < actor.tokens[1] && k < blocked.length; k++) {
      if (k > actor.tokens[0] && STRONG_PREPS.has(doc.tokens[k].normal)) break;
      blocked[k] = 1;
    }
  }
  return blocked;
}

/** A proper noun (not an actor, not a date word) right before or after the name. */
function inLongerName(blocked: Uint8Array, tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start].sentence;
  const joined = (t: Token | undefined) =>
    t !== undefined &&
    t.sentence === sentence &&
    !blocked[t.i] &&
    t.pos === "PROPN" &&
    capitalised(t) &&
    !NEVER_PLACES.has(t.normal);
  const before = tokens[start - 1];
  // The sentence's first word is capitalised anyway.
  const first = start >= 1 && (start - 1 === 0 || tokens[start - 2].sentence !== sentence);
  return (joined(before) && !first) || joined(tokens[end]);
}

/** Is this the right kind of evidence for these hits? */
function accept(
  blocked: Uint8Array,
  tokens: readonly Token[],
  start: number,
  end: number,
  floor: number,
  cue: Cue | null,
  hits: readonly GazHit[],
): readonly GazHit[] {
  const single = end - start === 1;
  const curated = hits.filter((h) => h.source !== "geonames");
  const word = tokens[start].normal;
  const located = cue?.prep != null && !WEAK_PREPS.has(cue.prep);
  // A lone month or weekday is a place only through the alias table or a country name; so is a
  // common word ("Reading", "Nice") unless a locative preposition introduces it.
  const stop = NEVER_PLACES.has(word) || (!located && COMMON_WORDS.has(word));
  const usable = single && stop ? curated : hits;
  if (usable.length === 0) return usable;
  // Part of a longer name: "Harvard University", "Washington Post", "Paris Hilton".
  if (inLongerName(blocked, tokens, start, end)) return [];
  if (located) return usable;
  if (cue && (cue.descriptor || cue.based)) return usable;
  // Weak prepositions ("to", "from") and no cue at all: prominent places only.
  const strong = usable.filter(prominent);
  if (strong.length === 0 || cue?.prep) return strong;
  // No cue: never a country (a bare country name is an actor), never the sentence's first word,
  // and every word a proper noun, unless the alias table spells it otherwise ("Donetsk region").
  if (start === floor) return [];
  const places = strong.filter((h) => h.kind !== "country");
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.pos === "PROPN" || /^[-'’.]$/.test(t.text)) continue;
    return capitalised(t) ? [] : places.filter((h) => h.source !== "geonames");
  }
  return places;
}

/** A country named right after a place and a comma: "Tripoli, Lebanon". */
function hintAfter(gaz: Gazetteer, doc: Doc, end: number, limit: number): string | null {
  const comma = doc.tokens[end];
  if (comma?.text !== ",") return null;
  for (let n = Math.min(MAX_TOKENS, limit - end - 1); n >= 1; n--) {
    const first = doc.tokens[end + 1];
    const last = doc.tokens[end + n];
    if (!first || !last || !capitalised(first)) continue;
    const country = gaz.lookup(doc.story.text.slice(first.start, last.end)).find((h) => h.kind === "country");
    if (country) return country.country;
  }
  return null;
}

function scanSentence(doc: Doc, gaz: Gazetteer, s: number, blocked: Uint8Array, out: Candidate[]): void {
  const sentence = doc.sentences[s];
  const tokens = doc.tokens;
  const floor = sentence.tokenStart;
  const limit = sentence.tokenEnd;
  let i = floor;
  while (i < limit) {
    const token = tokens[i];
    if (blocked[i] || !capitalised(token)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(MAX_TOKENS, limit - i); n >= 1 && matched === 0; n--) {
      const end = i + n;
      const last = tokens[end - 1];
      // A name ends in a word and holds no punctuation but hyphens and apostrophes ("Al-Faw").
      if (!WORDLIKE.test(last.text)) continue;
      let ok = true;
      for (let k = i; k < end; k++) {
        if (blocked[k] || !(WORDLIKE.test(tokens[k].text) || JOINERS.has(tokens[k].text))) ok = false;
      }
      if (!ok) continue;
      const text = doc.story.text.slice(token.start, last.end);
      let hits = gaz.lookup(text);
      if (hits.length === 0) continue;
      // A name ends in a capitalised word, unless the alias table spells it otherwise ("Faw peninsula").
      if (!capitalised(last)) hits = hits.filter((h) => h.source !== "geonames");
      const cue = cueBefore(tokens, i, floor, end - 1);
      hits = accept(blocked, tokens, i, end, floor, cue, hits);
      if (hits.length === 0) continue;
      out.push({ start: i, end, sentence: s, hits, hint: hintAfter(gaz, doc, end, limit) });
      matched = n;
    }
    i += matched > 0 ? matched : 1;
  }
}

/** A locative actor mention ("in Baku", "in Ukraine") as a place candidate. */
function fromActor(gaz: Gazetteer, actor: ActorMention): Candidate | null {
  const hits = gaz.lookup(actor.text);
  const country = actor.country !== null ? gaz.country(actor.country) : null;
  if (hits.length > 0) {
    return {
      start: actor.tokens[0],
      end: actor.tokens[1],
      sentence: actor.sentence,
      hits,
      hint: actor.country,
    };
  }
  if (country === null) return null;
  const byName = gaz.lookup(country.name).filter((h) => h.kind === "country" && h.country === country.alpha3);
  if (byName.length === 0) return null;
  return { start: actor.tokens[0], end: actor.tokens[1], sentence: actor.sentence, hits: byName, hint: null };
}

function toMention(doc: Doc, c: Candidate, hit: GazHit): PlaceMention {
  const first = doc.tokens[c.start];
  const last = doc.tokens[c.end - 1];
  return {
    tokens: [c.start, c.end],
    span: [first.start, last.end],
    text: doc.story.text.slice(first.start, last.end),
    sentence: c.sentence,
    name: hit.name,
    country: hit.country,
    lat: hit.lat,
    lon: hit.lon,
    kind: hit.kind,
    entry: hit.id,
  };
}

/** Every place mention of the story, each resolved to one gazetteer entry. */
export function findPlaces(doc: Doc, gaz: Gazetteer): PlaceMention[] {
  const blocked = blockedTokens(doc);
  const candidates: Candidate[] = [];
  for (const actor of doc.actors) {
    if (!actor.locative) continue;
    const c = fromActor(gaz, actor);
    if (c) candidates.push(c);
  }
  const taken = new Uint8Array(doc.tokens.length);
  for (const c of candidates) for (let k = c.start; k < c.end; k++) taken[k] = 1;
  for (let k = 0; k < taken.length; k++) if (taken[k]) blocked[k] = 1;
  for (let s = 0; s < doc.sentences.length; s++) scanSentence(doc, gaz, s, blocked, candidates);
  candidates.sort((a, b) => a.start - b.start);
  const votes: CountryVotes = countryVotes(
    doc.actors,
    candidates.map((c) => c.hits),
  );
  return candidates.map((c) => toMention(doc, c, bestHit(c.hits, votes, c.hint)));
}
