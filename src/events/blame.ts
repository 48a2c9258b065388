import type { PatternEntry } from "../dict/schema.js";
import type { ActorMention, Token } from "../model/types.js";
import type { Construed } from "./made.js";
import { constructionPattern } from "./patterns.js";
import { tokenTrigger } from "./triggers.js";

/**
 * "Ennahda is responsible for the deterioration, … said Amnesty's director": a speaker who
 * states that another actor is responsible, to blame or guilty accuses that actor (CAMEO 112).
 * A construction, cited as "construction.blame".
 */
export const BLAME: PatternEntry = { id: "construction.blame", code: "112", verb: "blame" };
const COMPILED = constructionPattern(BLAME, "blame");

const BE = new Set(["is", "was", "are", "were", "'s", "be", "been"]);
const SPEECH = new Set([
  "say",
  "said",
  "says",
  "told",
  "tell",
  "added",
  "stated",
  "insisted",
  "argued",
  "wrote",
]);

const usable = (m: ActorMention) => !m.locative && m.via !== "adjective";

/** The speaker of a sentence: "X said that …", "…, said X" or "…, X said". */
function speaker(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  to: number,
  skip: ActorMention,
) {
  for (let j = from; j < to; j++) {
    if (!SPEECH.has(tokens[j].normal)) continue;
    const before = [...mentions]
      .reverse()
      .find((m) => m !== skip && usable(m) && m.tokens[1] <= j && m.tokens[1] >= j - 3);
    const after = mentions.find((m) => m !== skip && usable(m) && m.tokens[0] > j && m.tokens[0] <= j + 3);
    const found = tokens[j - 1]?.normal === "," ? (after ?? before) : (before ?? after);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function blames(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  to: number,
): Construed[] {
  const out: Construed[] = [];
  for (let k = from + 2; k < to; k++) {
    const w = tokens[k].normal;
    const guilty =
      ((w === "responsible" || w === "culpable") && tokens[k + 1]?.normal === "for") ||
      (w === "blame" && tokens[k - 1]?.normal === "to");
    if (!guilty) continue;
    let b = w === "blame" ? k - 2 : k - 1;
    while (b > from && tokens[b].pos === "ADV") b--;
    if (!BE.has(tokens[b].normal)) continue;
    const target = mentions.find((m) => m.tokens[1] === b && usable(m));
    if (target === undefined) continue;
    const source = speaker(tokens, mentions, from, to, target);
    if (source === undefined || source.code === target.code) continue;
    out.push({
      trigger: tokenTrigger(COMPILED, k),
      source,
      target,
    });
  }
  return out;
}
