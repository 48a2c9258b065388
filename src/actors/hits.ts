import type { Token } from "../model/types.js";
import { longestMatch } from "../nlp/trie.js";
import type { ActorLexicon, LexHit, LexValue } from "./lexicon.js";

/** A dictionary phrase found in a sentence: tokens [start, end). */
export interface Hit {
  start: number;
  end: number;
  hit: LexHit;
  /** Other entries with the same phrase and kind (people sharing a surname). */
  alternates: LexHit[];
}

const PRIORITY: Record<LexHit["kind"], number> = {
  person: 0,
  org: 1,
  seat: 2,
  country: 3,
  capital: 4,
  demonym: 5,
  adjective: 6,
  role: 7,
};

const HONORIFIC = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  "sen",
  "sen.",
  "gen",
  "gen.",
  "president",
  "minister",
  "premier",
  "king",
  "queen",
  "prince",
  "sheikh",
]);

const startsUpper = (s: string) => /^[A-Z\u00c0-\u00de]/.test(s);

/** Finds non-overlapping dictionary phrases in tokens [from, to), longest first, left to right. */
export function findHits(lex: ActorLexicon, tokens: readonly Token[], from: number, to: number): Hit[] {
  const accept = (v: LexValue, s: number, e: number) => {
    const first = tokens[s];
    if (v.exactCase !== null) {
      if (e - s !== 1 || (first.text !== v.exactCase && first.text.replace(/[’]/g, "'") !== v.exactCase))
        return false;
    }
    if (v.proper) {
      if (!startsUpper(first.text)) return false;
      // A lone capitalised surname must look like a name in the text, not a sentence-initial word.
      if (v.hit.kind === "person" && v.hit.surname && first.pos !== "PROPN" && first.pos !== "NOUN")
        return false;
      // A surname next to another capitalised name is part of someone else's name
      // ("Jonathan Moyo" is not Goodluck Jonathan).
      if (v.hit.kind === "person" && v.hit.surname) {
        const next = tokens[e];
        const prev = tokens[s - 1];
        if (next !== undefined && next.pos === "PROPN" && startsUpper(next.text)) return false;
        if (
          prev !== undefined &&
          prev.pos === "PROPN" &&
          startsUpper(prev.text) &&
          !HONORIFIC.has(prev.normal)
        )
          return false;
      }
    }
    return true;
  };
  const hits: Hit[] = [];
  let i = from;
  while (i < to) {
    const m = longestMatch(lex.trie, tokens, i, to, accept);
    if (m === null) {
      i++;
      continue;
    }
    // "the West Bank": a phrase starting at the next word that reaches further wins over "the West".
    if (tokens[i].pos === "DET") {
      const later = longestMatch(lex.trie, tokens, i + 1, to, accept);
      if (later !== null && later.end > m.end) {
        i++;
        continue;
      }
    }
    const best = [...m.values].sort((a, b) => PRIORITY[a.hit.kind] - PRIORITY[b.hit.kind])[0];
    // A country or capital inside a longer proper name ("South China Sea", "Washington Post") is not an actor.
    const previousHitEnd = hits.length > 0 ? hits[hits.length - 1].end : -1;
    // Looked up only when needed: most hits are not countries or capitals.
    const nextIsHit = () => m.end < to && longestMatch(lex.trie, tokens, m.end, to, accept) !== null;
    if (
      (best.hit.kind === "country" || best.hit.kind === "capital") &&
      !m.values.some((v) => v.hit.kind === "adjective" || v.exactCase !== null) &&
      insideName(tokens, m.start, m.end, from, to, previousHitEnd === m.start, nextIsHit)
    ) {
      i = m.end;
      continue;
    }
    const alternates = m.values.filter((v) => v !== best && v.hit.kind === best.hit.kind).map((v) => v.hit);
    hits.push({ start: m.start, end: m.end, hit: best.hit, alternates });
    i = m.end;
  }
  return hits;
}

function insideName(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number,
  beforeIsHit: boolean,
  afterIsHit: () => boolean,
): boolean {
  const before = start > from ? tokens[start - 1] : undefined;
  const after = end < to ? tokens[end] : undefined;
  const nameLike = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && startsUpper(t.text);
  return (nameLike(before) && !beforeIsHit) || (nameLike(after) && !afterIsHit());
}
