import type { ActorMention, Token } from "../model/types.js";
import type { Trigger } from "./triggers.js";

const PREPOSITIONS = new Set([
  "of", "in", "for", "with", "by", "from", "to", "at", "on", "against", "about", "over", "between", "among",
  "during", "since", "after", "before", "into", "than", "like", "toward", "towards", "under", "near", "across",
  "through", "via", "amid", "despite", "including",
]);
const TARGET_PREPS_NOUN = ["of", "on", "against", "with", "to", "at", "toward", "towards", "into"];
const TARGET_PREPS_VERB = ["to", "with", "against", "on", "at", "toward", "towards", "from"];
const STOP = new Set([";", ":", "(", ")"]);

/** The word before a mention, skipping determiners ("in the Kremlin" → "in"). */
function wordBefore(tokens: readonly Token[], m: ActorMention, sentenceStart: number): string | null {
  let j = m.tokens[0] - 1;
  while (j >= sentenceStart && (tokens[j].normal === "the" || tokens[j].normal === "a" || tokens[j].pos === "NUM" || tokens[j].normal === "two")) j--;
  return j >= sentenceStart ? tokens[j].normal : null;
}

const usable = (m: ActorMention) => !m.locative && m.country !== null && m.via !== "adjective";
/** A target may also be a country adjective on the object ("shot down a Norlandic plane"). */
const usableTarget = (m: ActorMention) => !m.locative && m.country !== null;
const OBJECT_LINKS = new Set(["by", "of", "to", "with", "from", "for"]);

/** Mentions joined by "and" (or commas in a list) to `m`, in text order. */
function conjuncts(tokens: readonly Token[], m: ActorMention, mentions: readonly ActorMention[], direction: -1 | 1): ActorMention[] {
  const group = [m];
  let cur = m;
  for (;;) {
    const gapTok = direction === 1 ? tokens[cur.tokens[1]] : tokens[cur.tokens[0] - 1];
    if (gapTok === undefined || (gapTok.normal !== "and" && gapTok.normal !== ",")) break;
    const other = mentions.find((o) =>
      direction === 1
        ? o.tokens[0] === cur.tokens[1] + 1 || (o.tokens[0] === cur.tokens[1] + 2 && tokens[cur.tokens[1] + 1].normal === "the")
        : o.tokens[1] === cur.tokens[0] - 1,
    );
    if (other === undefined || !usable(other)) break;
    group.push(other);
    cur = other;
  }
  return direction === 1 ? group : group.reverse();
}

/** The subject: the nearest usable mention before the trigger that is not inside a prepositional phrase. */
export function subjectOf(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): ActorMention[] {
  for (let p = mentions.length - 1; p >= 0; p--) {
    const m = mentions[p];
    if (m.tokens[1] > trig.start || !usable(m)) continue;
    const before = wordBefore(tokens, m, sentenceStart);
    if (before !== null && PREPOSITIONS.has(before) && !(before === "and" || before === ",")) continue;
    return conjuncts(tokens, m, mentions, -1);
  }
  return [];
}

/** The agent of a passive: "by X" after the trigger. */
export function agentOf(tokens: readonly Token[], trig: Trigger, mentions: readonly ActorMention[], limit: number): ActorMention[] {
  for (const m of mentions) {
    if (m.tokens[0] < trig.end || m.tokens[0] > Math.min(limit, trig.end + 8) || !usable(m)) continue;
    if (tokens[m.tokens[0] - 1]?.normal === "by" || (tokens[m.tokens[0] - 1]?.normal === "the" && tokens[m.tokens[0] - 2]?.normal === "by")) {
      return conjuncts(tokens, m, mentions, 1);
    }
  }
  return [];
}

/** The target of an active verb or a noun: direct object, or a mention after a target preposition. */
export function objectOf(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  limit: number,
  sentenceStart: number,
): ActorMention[] {
  if (trig.pattern.entry.noTarget) return [];
  const preps = trig.pattern.entry.targetPreps ?? (trig.pattern.kind === "noun" ? TARGET_PREPS_NOUN : TARGET_PREPS_VERB);
  const window = trig.pattern.kind === "noun" ? 7 : 14;
  let end = Math.min(limit, trig.end + window);
  for (let j = trig.end; j < end; j++) if (STOP.has(tokens[j].normal)) end = j;
  let direct: ActorMention | null = null;
  for (const m of mentions) {
    if (m.tokens[0] < trig.end || m.tokens[0] >= end || !usableTarget(m)) continue;
    const before = wordBefore(tokens, m, sentenceStart);
    if (m.via === "adjective" && (before === null || PREPOSITIONS.has(before))) continue;
    if (before !== null && preps.includes(before)) return conjuncts(tokens, m, mentions, 1);
    // The object word's own complement: "cancelled a visit by X", "a trip to X".
    const at = trig.objectAt;
    if (at !== null && m.tokens[0] > at && m.tokens[0] <= at + 4 && before !== null && OBJECT_LINKS.has(before)) {
      return conjuncts(tokens, m, mentions, 1);
    }
    if (direct === null && trig.pattern.kind === "verb" && (before === null || !PREPOSITIONS.has(before))) direct = m;
  }
  return direct ? conjuncts(tokens, direct, mentions, 1) : [];
}

/** The source of a nominal event: a possessive or adjective actor right before it, or "by X" after it. */
export function nounSource(tokens: readonly Token[], trig: Trigger, mentions: readonly ActorMention[], limit: number): ActorMention[] {
  for (const m of mentions) {
    if (m.tokens[1] > trig.start || m.locative || m.country === null) continue;
    let j = m.tokens[1];
    if (tokens[j]?.normal === "'s" || tokens[j]?.normal === "’s") j++;
    let gap = 0;
    while (j < trig.start && (tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN") && gap < 3) {
      j++;
      gap++;
    }
    if (j === trig.start) return [m];
  }
  return agentOf(tokens, { ...trig, end: trig.end }, mentions, limit);
}
