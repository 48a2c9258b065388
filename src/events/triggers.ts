import type { Token } from "../model/types.js";
import { isPastForm } from "../nlp/inflect.js";
import type { Compiled, PatternIndex } from "./patterns.js";

export interface Trigger {
  pattern: Compiled;
  /** Head token index. */
  head: number;
  /** Tokens [start, end) covered by the trigger phrase (head + particles, or the noun phrase). */
  start: number;
  end: number;
  /** Index of the object word that made the pattern apply, if any. */
  objectAt: number | null;
}

/** A one-token trigger of `pattern` at token `i` (the head of a construction, a governing verb). */
export function tokenTrigger(pattern: Compiled, i: number): Trigger {
  return { pattern, head: i, start: i, end: i + 1, objectAt: null };
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "'s",
  "’s",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
  "these",
  "those",
  "of",
]);
const CLAUSE_BREAK = new Set([";", ":", "—", "–", "(", ")"]);
const OBJECT_WINDOW = 10;
const PARTICLE_GAP = new Set(["ADV", "PART", "DET", "ADJ", "NOUN", "NUM"]);

/** Does this token stand as a verb here (wink's tag, or an -ed/-ing form not after a determiner)? */
function verbal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // An adjective before a noun ("two alleged agents") is not a verb.
  if (
    t.pos === "ADJ" &&
    next !== undefined &&
    (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")
  )
    return false;
  // A participle right after a common noun modifies it ("a plane flying from Baku").
  const prevTok = tokens[i - 1];
  // A gerund after a noun, an adjective or a possessive is a noun or a modifier ("a plane flying
  // from", "the brutal killing", "Jordan's visiting king").
  if (
    t.normal.endsWith("ing") &&
    prevTok !== undefined &&
    (prevTok.pos === "NOUN" || prevTok.pos === "ADJ" || prevTok.normal === "'s" || prevTok.normal === "’s")
  )
    return false;
  const prev = tokens[i - 1];
  // A participle right after an article or a verb modifies the noun after it ("the occupied
  // West Bank", "reject proposed changes").
  if (
    prev !== undefined &&
    (prev.normal === "the" || prev.normal === "a" || prev.normal === "an" || prev.pos === "VERB") &&
    isPastForm(t.normal) &&
    next !== undefined &&
    (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")
  )
    return false;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  if (t.pos === "ADP" || t.pos === "DET" || t.pos === "PUNCT") return false;
  if (prev !== undefined && DETERMINERS.has(prev.normal)) return false;
  return isPastForm(t.normal) || t.normal.endsWith("ing");
}

function nominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === "NOUN" || t.pos === "PROPN") return true;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  // A gerund after a noun is a noun, as in verbal() ("tank shelling", "police beating").
  if (t.normal.endsWith("ing") && (prev.pos === "NOUN" || prev.pos === "PROPN")) return true;
  return DETERMINERS.has(prev.normal) || prev.pos === "ADJ" || prev.pos === "NUM";
}

/** Finds the object word of a pattern within the window after `from` (same clause). */
function findObject(
  tokens: readonly Token[],
  from: number,
  limit: number,
  object: Set<string>,
): number | null {
  for (let j = from; j < Math.min(limit, from + OBJECT_WINDOW); j++) {
    const t = tokens[j];
    if (CLAUSE_BREAK.has(t.normal)) return null;
    // ", saying …", ", which …": a comma opening a new clause ends the object.
    const n = tokens[j + 1];
    if (
      t.normal === "," &&
      n !== undefined &&
      (n.pos === "VERB" || n.pos === "SCONJ" || n.pos === "PRON" || n.normal === "but")
    )
      return null;
    if (object.has(t.lemma) || object.has(t.normal)) return j;
  }
  return null;
}

/** Particles must follow the head in order, each next to the previous word (one adverb may intervene). */
function matchParticles(
  tokens: readonly Token[],
  head: number,
  limit: number,
  particles: string[],
): number | null {
  let at = head + 1;
  for (const p of particles) {
    let found = -1;
    // A short common-noun object may sit between verb and particle ("fired shells at", "shot a plane down").
    for (let j = at; j < Math.min(limit, at + 5); j++) {
      if (tokens[j].normal === p) {
        found = j;
        break;
      }
      if (!PARTICLE_GAP.has(tokens[j].pos)) break;
    }
    if (found < 0) return null;
    at = found + 1;
  }
  return at;
}

/** All pattern triggers in tokens [from, to): at most one (the most specific) per head token. */
export function findTriggers(
  index: PatternIndex,
  tokens: readonly Token[],
  from: number,
  to: number,
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const key = t.normal;
    const lemma = t.lemma;
    let found: Trigger | null = null;
    // The second half of a hyphenated compound ("tear-gassed", "test-fired") is not a verb of its own.
    const afterHyphen = tokens[i - 1]?.normal === "-" && i - 1 >= from;
    if (!afterHyphen && verbal(tokens, i)) {
      const heads = new Set<string>(index.forms.get(key) ?? []);
      if (index.verbs.has(lemma)) heads.add(lemma);
      for (const h of heads) {
        for (const p of index.verbs.get(h) ?? []) {
          const end = matchParticles(tokens, i, to, p.words);
          if (end === null) continue;
          const objectAt = p.object ? findObject(tokens, end, to, p.object) : null;
          if (p.object && objectAt === null) continue;
          // Most specific first; among equals, the object word nearest the verb
          // ("ordered a cruise missile strike": missile → 195, not strike → 1052).
          if (found !== null && p.specificity < found.pattern.specificity) break;
          const nearer =
            found !== null && objectAt !== null && found.objectAt !== null && objectAt < found.objectAt;
          if (found === null || p.specificity > found.pattern.specificity || nearer)
            found = { pattern: p, head: i, start: i, end, objectAt };
        }
      }
    }
    // Hyphen-split nouns ("sit - in", "walk - out") end in a particle: let the phrase decide.
    if (found === null && (nominal(tokens, i) || afterHyphen)) {
      // Capitalised words are often tagged as proper nouns and left unlemmatised ("Sanctions").
      const keys = new Set([key, lemma]);
      if (key.endsWith("s") && key.length > 3)
        keys.add(key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.slice(0, -1));
      for (const k of keys) {
        for (const p of index.nouns.get(k) ?? []) {
          const start = i - p.words.length;
          if (start < from) continue;
          if (!p.words.every((w, n) => tokens[start + n].normal === w || tokens[start + n].lemma === w))
            continue;
          const objectAt = p.object ? findObject(tokens, i + 1, to, p.object) : null;
          if (p.object && objectAt === null) continue;
          if (found === null || p.specificity > found.pattern.specificity)
            found = { pattern: p, head: i, start, end: i + 1, objectAt };
          break;
        }
      }
    }
    if (found !== null) out.push(found);
  }
  return out;
}
