import type { PatternEntry } from "../dict/schema.js";
import type { ActorMention, Token } from "../model/types.js";
import { constructionPattern } from "./patterns.js";
import { subjectOf } from "./slots.js";
import { type Trigger, tokenTrigger } from "./triggers.js";

/**
 * "Russia's foreign ministry said it viewed Washington's move as illegal", "X called the decision
 * unacceptable": a speaker's verdict on another actor's act, coded as its dictionary entry says
 * (data/dict/verdicts: criticism, 111). The rule is a construction; events cite it as
 * "construction.verdict/<entry id>".
 */
export const VERDICT: PatternEntry = {
  id: "construction.verdict",
  code: "111",
  verb: "say",
};
const COMPILED = constructionPattern(VERDICT, "say");

const VERDICT_VERBS = new Set([
  "say",
  "call",
  "describe",
  "view",
  "consider",
  "deem",
  "term",
  "brand",
  "label",
  "denounce",
]);

export interface Verdict {
  trigger: Trigger;
  source: ActorMention;
  target: ActorMention | null;
}

/** Verdicts in tokens [from, to), given the verdict words (data/dict/verdicts). */
export function verdicts(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  to: number,
  adjectives: ReadonlyMap<string, unknown>,
): Verdict[] {
  for (let j = from; j < to; j++) {
    if (!VERDICT_VERBS.has(tokens[j].lemma) || (tokens[j].pos !== "VERB" && tokens[j].pos !== "AUX"))
      continue;
    const adj = tokens
      .slice(j + 1, Math.min(to, j + 16))
      .find((t) => adjectives.has(t.lemma) || adjectives.has(t.normal));
    if (adj === undefined) continue;
    // Not negated: "did not consider it illegal".
    const negated = tokens
      .slice(Math.max(from, j - 3), adj.i)
      .some((t) => t.normal === "not" || t.normal === "n't" || t.normal === "never");
    if (negated) return [];
    const verb = tokenTrigger(COMPILED, j);
    const [source] = subjectOf(tokens, verb, mentions, from);
    if (source === undefined) continue;
    const usable = (m: ActorMention) => !m.locative && m.code !== source.code && m.via !== "pronoun";
    // "called the move illegal": the actor between verb and verdict; "was appalled that X …",
    // "outraged by X's …": the actor of the clause right after the verdict.
    let next = adj.i + 1;
    while (tokens[next]?.pos === "PUNCT" && tokens[next].normal !== ",") next++;
    const after = tokens[next]?.normal;
    const target =
      mentions.find((m) => m.tokens[0] > j && m.tokens[0] < adj.i && usable(m)) ??
      (after === "that" || after === "by" || after === "at"
        ? (mentions.find((m) => m.tokens[0] > next && m.tokens[0] <= next + 4 && usable(m)) ?? null)
        : null);
    return [
      {
        trigger: tokenTrigger(COMPILED, adj.i),
        source,
        target,
      },
    ];
  }
  return [];
}
