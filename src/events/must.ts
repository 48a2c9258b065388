import type { PatternEntry } from "../dict/schema.js";
import type { ActorMention, Token } from "../model/types.js";
import type { Construed } from "./made.js";
import { constructionPattern } from "./patterns.js";
import { subjectOf } from "./slots.js";
import { tokenTrigger } from "./triggers.js";

/**
 * "Russia said Sudan must return the helicopter": a speaker stating what another actor must do
 * makes a demand (CAMEO 100) of that actor. The rule is a construction, not a dictionary entry;
 * events cite it as "construction.must-demand".
 */
export const MUST_DEMAND: PatternEntry = { id: "construction.must-demand", code: "100", verb: "must" };
const COMPILED = constructionPattern(MUST_DEMAND, "must");

const STATING = new Set([
  "say",
  "said",
  "declare",
  "reiterate",
  "insist",
  "stress",
  "warn",
  "conclude",
  "add",
  "tell",
  "state",
  "argue",
  "announce",
  "write",
  "remind",
  "maintain",
  "repeat",
]);

export function mustDemands(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentenceStart: number,
  sentenceEnd: number,
): Construed[] {
  const out: Construed[] = [];
  for (let k = sentenceStart + 1; k < sentenceEnd; k++) {
    if (tokens[k].normal !== "must") continue;
    const target = mentions.find((m) => m.tokens[1] === k && !m.locative && m.via !== "adjective");
    if (target === undefined) continue;
    // The stating verb before the must-clause, and its subject.
    let verb = -1;
    // Skipping "that" and a time phrase ("said on Tuesday that Sudan must …").
    for (let j = target.tokens[0] - 1; j >= sentenceStart && j >= target.tokens[0] - 6; j--) {
      if (STATING.has(tokens[j].lemma) || STATING.has(tokens[j].normal)) {
        verb = j;
        break;
      }
      if (tokens[j].pos === "VERB" || tokens[j].normal === ",") break;
    }
    if (verb < 0) continue;
    const stated = tokenTrigger(COMPILED, verb);
    const [source] = subjectOf(tokens, stated, mentions, sentenceStart);
    if (source === undefined || source.code === target.code) continue;
    out.push({
      trigger: tokenTrigger(COMPILED, k),
      source,
      target,
    });
  }
  return out;
}
