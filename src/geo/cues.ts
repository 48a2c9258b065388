import type { Token } from "../model/types.js";

/**
 * What introduces a place name: a locative preposition ("in Kyiv", "near the border town of
 * X", "in the Russian city of Yekaterinburg", "in the capital, Kabul"), a descriptor without
 * a preposition ("the Russian city of Yekaterinburg said…") or "X-based".
 */

/** Prepositions that place an event where the name says. */
export const STRONG_PREPS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "across",
  "around",
  "throughout",
  "within",
  "off",
  "nearby",
]);
/** Prepositions of direction: the name is a place, but a weaker clue to where the event was. */
export const WEAK_PREPS: ReadonlySet<string> = new Set([
  "to",
  "into",
  "on",
  "toward",
  "towards",
  "from",
  "via",
]);

/** Nouns that describe a place before its name: "the city of", "the capital,". */
const PLACE_NOUNS = new Set([
  "city",
  "town",
  "village",
  "capital",
  "region",
  "province",
  "district",
  "state",
  "port",
  "area",
  "county",
  "republic",
  "territory",
  "enclave",
  "border",
  "outskirts",
  "suburb",
  "suburbs",
  "centre",
  "center",
  "heart",
  "streets",
  "coast",
  "island",
  "peninsula",
  "governorate",
  "oblast",
  "valley",
  "camp",
  "neighbourhood",
  "neighborhood",
  "settlement",
  "base",
  "strip",
  "resort",
  "hometown",
]);

export interface Cue {
  /** The preposition, lower-cased; null for a descriptor without one. */
  prep: string | null;
  /** A place noun stands before the name ("the Russian city of"). */
  descriptor: boolean;
  /** "X-based". */
  based: boolean;
}

const MAX_STEPS = 7;

/**
 * The cue of a name starting at token `first` (index into `tokens`), looking back no further
 * than `floor` (the sentence's first token). Null when nothing marks it as a place.
 */
export function cueBefore(tokens: readonly Token[], first: number, floor: number, last = first): Cue | null {
  const based = isBased(tokens, last);
  let descriptor = false;
  for (let k = first - 1, steps = 0; k >= floor && steps < MAX_STEPS; k--, steps++) {
    const t = tokens[k];
    if (STRONG_PREPS.has(t.normal) || WEAK_PREPS.has(t.normal)) return { prep: t.normal, descriptor, based };
    if (PLACE_NOUNS.has(t.normal)) {
      descriptor = true;
      continue;
    }
    if (t.normal === "of" || t.normal === "'s" || t.normal === "the") continue;
    // Listed names share the preposition: "in Gaza and the West Bank", "from Italy, Poland".
    const listed = t.normal === "and" || t.normal === "or" || t.text === ",";
    if (listed && k > floor && tokens[k - 1].pos === "PROPN") continue;
    // "the capital, Kabul": a comma right after a place noun.
    if (t.text === "," && k > floor && PLACE_NOUNS.has(tokens[k - 1].normal)) continue;
    // Adjectives and proper adjectives: "northern", "Russian", "war-torn", "Ukraine's".
    if (t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "DET" || t.pos === "NUM" || t.text === "-")
      continue;
    break;
  }
  if (descriptor || based) return { prep: null, descriptor, based };
  return null;
}

/** "Moscow-based": the name's last token is followed by "-based" (or is one token "Moscow-based"). */
function isBased(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (next?.text === "-" && after?.normal === "based") return true;
  return next?.normal === "-based";
}
