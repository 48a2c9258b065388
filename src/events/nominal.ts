import type { ActorMention, Token } from "../model/types.js";
import { agentOf, tokenBefore, usable, wordBefore } from "./slots.js";
import type { Trigger } from "./triggers.js";

/** Nominal events: who did "the raid", "U.S.-led negotiations", "launched an attack". */

/** The source of a nominal event: a possessive or adjective actor right before it, or "by X" after it. */
export function nounSource(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  limit: number,
): ActorMention[] {
  for (const m of mentions) {
    if (m.tokens[1] > trig.start || m.locative) continue;
    let j = m.tokens[1];
    if (tokens[j]?.normal === "'s" || tokens[j]?.normal === "’s") j++;
    let gap = 0;
    // "U.S.-led negotiations", "Saudi-brokered talks": the leading actor is the source.
    if (tokens[j]?.normal === "-" && LED.has(tokens[j + 1]?.normal ?? "")) j += 2;
    while (j < trig.start && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN") && gap < 3) {
      j++;
      gap++;
    }
    if (j === trig.start) return [m];
  }
  return agentOf(tokens, { ...trig, end: trig.end }, mentions, limit);
}

const LED = new Set([
  "led",
  "brokered",
  "sponsored",
  "backed",
  "organised",
  "organized",
  "mediated",
  "hosted",
]);

/** Verbs that carry a nominal event: "launched an attack", "imposed sanctions", "began impeachment proceedings". */
const LIGHT_VERBS = new Set([
  "launch",
  "begin",
  "start",
  "stage",
  "hold",
  "conduct",
  "carry",
  "make",
  "issue",
  "impose",
  "take",
  "file",
  "lodge",
  "open",
  "order",
  "mount",
  "wage",
  "announce",
  "initiate",
  "resume",
  "step",
  "deliver",
  "offer",
  "extend",
  "lead",
  "renew",
  "undertake",
  "reach",
  "sign",
]);

/** The light verb governing a nominal trigger ("launched a surprise attack" → "launched"), if any. */
export function lightVerbOf(tokens: readonly Token[], trig: Trigger, sentenceStart: number): Trigger | null {
  let j = trig.start - 1;
  while (
    j >= sentenceStart &&
    ["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(tokens[j].pos) &&
    trig.start - j <= 5
  ) {
    if (tokens[j].pos === "PROPN") return null;
    j--;
  }
  if (j < sentenceStart || !LIGHT_VERBS.has(tokens[j].lemma)) return null;
  if (tokens[j].pos !== "VERB" && tokens[j].pos !== "AUX" && !tokens[j].normal.endsWith("ed")) return null;
  return { ...trig, head: j, start: j, end: j + 1, objectAt: null };
}

const CASUALTY = new Set([
  "death",
  "killing",
  "injury",
  "wounding",
  "arrest",
  "detention",
  "disappearance",
  "torture",
  "beating",
  "abduction",
]);
const DURING = new Set(["during", "in", "amid", "at"]);

/**
 * Victims named before a nominal event: "the deaths of two men during police raids" — the men
 * are the target of the raids.
 */
export function victimsBefore(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): ActorMention[] {
  let j = trig.start - 1;
  while (
    j >= sentenceStart &&
    (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN" || tokens[j].pos === "DET")
  )
    j--;
  if (j < sentenceStart || !DURING.has(tokens[j].normal)) return [];
  const victim = mentions.find((m) => m.tokens[1] === j && usable(m));
  if (victim === undefined || wordBefore(tokens, victim, sentenceStart) !== "of") return [];
  const of = tokenBefore(tokens, victim, sentenceStart);
  const noun = of ? tokens[of.i - 1] : undefined;
  return noun !== undefined && CASUALTY.has(noun.lemma) ? [victim] : [];
}

/**
 * The protesters of a nominal protest with no named source ("protests in Bolivia against the
 * interim government", "a rally in Seoul"): civilians of the country of the place right after
 * it, else of its target.
 */
export function crowdOf(
  trig: Trigger,
  mentions: readonly ActorMention[],
  targets: readonly ActorMention[],
): ActorMention | null {
  const place = mentions.find(
    (m) => m.locative && m.country !== null && m.tokens[0] >= trig.end && m.tokens[0] <= trig.end + 2,
  );
  const country = place?.country ?? targets[0]?.country ?? null;
  if (country === null) return null;
  const anchor = place ?? targets[0];
  return {
    ...anchor,
    code: `${country}CVL`,
    country,
    role: "CVL",
    locative: false,
    text: "",
    via: "coref",
    entries: [`country.${country}`],
  };
}
