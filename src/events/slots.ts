import type { ActorMention, Token } from "../model/types.js";
import { isPastForm } from "../nlp/inflect.js";
import type { Trigger } from "./triggers.js";

const PREPOSITIONS = new Set([
  "of",
  "in",
  "for",
  "with",
  "by",
  "from",
  "to",
  "at",
  "on",
  "against",
  "about",
  "over",
  "between",
  "among",
  "during",
  "since",
  "after",
  "before",
  "into",
  "than",
  "like",
  "toward",
  "towards",
  "under",
  "near",
  "across",
  "through",
  "via",
  "amid",
  "despite",
  "including",
]);
const REPORTING = new Set([
  "say",
  "tell",
  "announce",
  "report",
  "state",
  "claim",
  "think",
  "believe",
  "warn",
  "insist",
  "add",
  "confirm",
  "note",
  "argue",
  "suggest",
  "know",
  "fear",
  "hope",
  "expect",
  "assert",
  "declare",
  "reveal",
  "acknowledge",
  "admit",
]);
const TARGET_PREPS_NOUN = ["of", "on", "against", "with", "to", "at", "toward", "towards", "into"];
const TARGET_PREPS_VERB = ["to", "with", "against", "on", "at", "toward", "towards", "from"];
const STOP = new Set([";", ":", "(", ")"]);

/** Roots of reactions to someone's act: statements, appeals, praise, demands, criticism, rejection, threats. */
const REACTION = new Set(["01", "02", "05", "10", "11", "12", "13"]);

/** Quantity words before a number: "more than 10", "at least 19", "about 80". */
const QUANTITY = new Set([
  "more",
  "less",
  "fewer",
  "than",
  "least",
  "at",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "over",
  "some",
  "up",
  "to",
]);

/** The token before a mention, skipping determiners and numbers ("in the Kremlin" → "in"). */
export function tokenBefore(tokens: readonly Token[], m: ActorMention, sentenceStart: number): Token | null {
  let j = m.tokens[0] - 1;
  // Skip a quantity phrase that ends in a number right before the mention.
  if (j >= sentenceStart && tokens[j].pos === "NUM") {
    j--;
    while (j >= sentenceStart && QUANTITY.has(tokens[j].normal)) j--;
  }
  let number = false;
  while (
    j >= sentenceStart &&
    (tokens[j].pos === "DET" ||
      tokens[j].pos === "NUM" ||
      tokens[j].pos === "ADJ" ||
      tokens[j].normal === "-" ||
      tokens[j].normal === "the")
  ) {
    if (tokens[j].pos === "NUM") number = true;
    j--;
  }
  // "up to 100 ethnic Albanians": the quantity before a number is not a preposition.
  if (number) while (j >= sentenceStart && QUANTITY.has(tokens[j].normal)) j--;
  return j >= sentenceStart ? tokens[j] : null;
}

export function wordBefore(tokens: readonly Token[], m: ActorMention, sentenceStart: number): string | null {
  return tokenBefore(tokens, m, sentenceStart)?.normal ?? null;
}

/** Is the mention inside a prepositional phrase ("between Russia and Azerbaijan", "of the ministry")? */
function inPrepPhrase(
  tokens: readonly Token[],
  m: ActorMention,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): boolean {
  let first = m;
  // Walk back over conjuncts to the first one: "between Russia and Azerbaijan", "of A, B and C".
  // A comma right before the mention starts a list only after an "and" ("…, a rights group said").
  for (let step = 0; ; step++) {
    const before = tokenBefore(tokens, first, sentenceStart);
    if (before === null || (before.normal !== "and" && before.normal !== "or" && before.normal !== ","))
      break;
    if (step === 0 && before.normal === ",") break;
    const prev = mentions.find((o) => o.tokens[1] === before.i);
    if (prev === undefined) break;
    first = prev;
  }
  const before = tokenBefore(tokens, first, sentenceStart);
  if (before === null || !PREPOSITIONS.has(before.normal) || before.pos === "SCONJ") return false;
  // "crowds of protesters", "members of the party", "hundreds of Islamists": the group is the actor.
  if (before.normal === "of") {
    const head = tokens[before.i - 1];
    if (
      head !== undefined &&
      (COLLECTIVE.has(head.lemma) || COLLECTIVE.has(head.normal.replace(/s$/, "")) || head.pos === "NUM")
    )
      return false;
  }
  return true;
}

const COLLECTIVE = new Set([
  "crowd",
  "hundred",
  "thousand",
  "dozen",
  "million",
  "group",
  "member",
  "some",
  "many",
  "most",
  "all",
  "several",
  "one",
  "two",
  "three",
  "number",
  "majority",
  "band",
  "team",
  "contingent",
  "delegation",
  "unit",
  "squad",
  "gang",
]);

export const usable = (m: ActorMention) => !m.locative && m.via !== "adjective";
/** A target may also be a country adjective on the object ("shot down a Norlandic plane"). */
const usableTarget = (m: ActorMention) => !m.locative && (m.via !== "adjective" || m.role === null);
const OBJECT_LINKS = new Set(["by", "of", "to", "with", "from", "for"]);

/** Mentions joined by "and" (or commas in a list) to `m`, in text order. */
function conjuncts(
  tokens: readonly Token[],
  m: ActorMention,
  mentions: readonly ActorMention[],
  direction: -1 | 1,
): ActorMention[] {
  // A group ("both countries") stands for its members.
  if (m.members) return m.members;
  const group = [m];
  let cur = m;
  for (;;) {
    // The joining word, skipping a determiner next to the current mention ("Brazil and the United States").
    let g = direction === 1 ? cur.tokens[1] : cur.tokens[0] - 1;
    if (tokens[g] !== undefined && tokens[g].pos === "DET" && direction === -1) g--;
    const gapTok = tokens[g];
    if (gapTok === undefined || (gapTok.normal !== "and" && gapTok.normal !== ",")) break;
    const other = mentions.find((o) =>
      direction === 1
        ? o.tokens[0] === g + 1 || (o.tokens[0] === g + 2 && tokens[g + 1].pos === "DET")
        : o.tokens[1] === g || (o.tokens[1] === g - 1 && tokens[g - 1].pos === "DET"),
    );
    if (other === undefined || !usable(other)) break;
    // A comma joins list members only when the list goes on ("X, Y and Z"), not an apposition
    // or a reporting clause ("Hamas negotiators, officials in Doha said").
    if (gapTok.normal === "," && direction === 1) {
      const after = tokens[other.tokens[1]]?.normal;
      if (after !== "," && after !== "and" && after !== "or") break;
    }
    // Walking back, a list ends in "and" next to the verb: "A, B and C said", not "A, B said".
    if (gapTok.normal === "," && direction === -1 && cur === m) break;
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
    if (inPrepPhrase(tokens, m, mentions, sentenceStart)) continue;
    // The object of an earlier verb is not this verb's subject ("stop supporting rebels …, cease the bombing"),
    // unless that verb reports speech or thought ("said Sudan had …").
    const before = tokenBefore(tokens, m, sentenceStart);
    if (before !== null && before.pos === "VERB" && !REPORTING.has(before.lemma) && before.i !== trig.head)
      continue;
    return conjuncts(tokens, m, mentions, -1);
  }
  return [];
}

/**
 * The owner of a passive's subject: "a camp for Congolese refugees was attacked" — the actor in
 * an of/for phrase that ends right before the verb group, when the subject itself is no actor.
 */
export function subjectOwner(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  sentenceStart: number,
): ActorMention[] {
  for (let p = mentions.length - 1; p >= 0; p--) {
    const m = mentions[p];
    if (m.tokens[1] > trig.start || !usable(m)) continue;
    const between = tokens.slice(m.tokens[1], trig.start);
    if (!between.every((t) => t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART")) return [];
    const before = wordBefore(tokens, m, sentenceStart);
    if (before !== "of" && before !== "for") return [];
    // Only inside a plain subject noun phrase ("a camp for refugees"), not after a participle
    // clause ("a system backed by X for refugees").
    const prep = tokenBefore(tokens, m, sentenceStart);
    const head = tokens.slice(sentenceStart, prep?.i ?? m.tokens[0]);
    return head.some((t) => t.pos === "VERB" || t.normal === ",") ? [] : [m];
  }
  return [];
}

/** The agent of a passive: "by X" after the trigger. */
export function agentOf(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  limit: number,
): ActorMention[] {
  for (const m of mentions) {
    // "killed by Russian shelling": a country adjective on the agent noun names the agent.
    const agentAdjective = m.via === "adjective" && m.role === null && !m.locative;
    if (
      m.tokens[0] < trig.end ||
      m.tokens[0] > Math.min(limit, trig.end + 8) ||
      !(usable(m) || agentAdjective)
    )
      continue;
    const by =
      tokens[m.tokens[0] - 1]?.normal === "by"
        ? m.tokens[0] - 1
        : tokens[m.tokens[0] - 1]?.pos === "DET" && tokens[m.tokens[0] - 2]?.normal === "by"
          ? m.tokens[0] - 2
          : -1;
    if (by < 0) continue;
    // "killed, according to reports received by Amnesty": the "by" of another participle.
    if (
      tokens
        .slice(trig.end, by)
        .some((t) => t.normal === "according" || (t.pos === "VERB" && isPastForm(t.normal)))
    )
      return [];
    // "killed by the Malaysia Airlines flight crash": the actor only modifies the agent noun.
    if (m.via !== "adjective" && !m.code.startsWith("---") && tokens[m.tokens[1]]?.pos === "NOUN") continue;
    return conjuncts(tokens, m, mentions, 1);
  }
  return [];
}

/**
 * The giver of a receiving verb: the first usable mention after one of the pattern's
 * `sourcePreps` in the object window ("received weapons from the government").
 */
export function giverOf(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  limit: number,
  sentenceStart: number,
): ActorMention[] {
  const preps = trig.pattern.entry.sourcePreps ?? [];
  const end = Math.min(limit, trig.end + 10);
  for (const m of mentions) {
    if (m.tokens[0] < trig.end || m.tokens[0] >= end || !usable(m)) continue;
    const before = wordBefore(tokens, m, sentenceStart);
    if (before !== null && preps.includes(before)) return conjuncts(tokens, m, mentions, 1);
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
  const preps =
    trig.pattern.entry.targetPreps ?? (trig.pattern.kind === "noun" ? TARGET_PREPS_NOUN : TARGET_PREPS_VERB);
  const window = trig.pattern.kind === "noun" ? 7 : 14;
  let end = Math.min(limit, trig.end + window);
  for (let j = trig.end; j < end; j++) {
    const t = tokens[j].normal;
    // A new clause ("…, and Russia's Foreign Ministry said") ends the object window.
    if (
      STOP.has(t) ||
      (t === "," && (tokens[j + 1]?.normal === "and" || tokens[j + 1]?.normal === "but")) ||
      // ", officials in Doha said": a trailing reporting clause is not the object.
      (t === "," &&
        tokens
          .slice(j + 1, j + 7)
          .some((n) => n.lemma === "say" || n.lemma === "tell" || n.lemma === "report")) ||
      t === "but"
    ) {
      end = j;
      break;
    }
  }
  let direct: ActorMention | null = null;
  for (const m of mentions) {
    if (m.tokens[0] < trig.end || m.tokens[0] >= end || !usableTarget(m)) continue;
    const before = wordBefore(tokens, m, sentenceStart);
    if (m.via === "adjective" && (before === null || PREPOSITIONS.has(before))) continue;
    // A pattern's own target prepositions win; the default ones only when no direct object came first.
    const explicit = trig.pattern.entry.targetPreps !== undefined;
    if (before !== null && preps.includes(before) && (explicit || direct === null))
      return conjuncts(tokens, m, mentions, 1);
    // The object word's own complement: "cancelled a visit by X", "a trip to X".
    const at = trig.objectAt;
    if (
      at !== null &&
      m.tokens[0] > at &&
      m.tokens[0] <= at + 4 &&
      before !== null &&
      OBJECT_LINKS.has(before)
    ) {
      return conjuncts(tokens, m, mentions, 1);
    }
    // "demanded an admission by Moscow that …", "condemned the move announced by X": in a
    // reaction, the actor of the act reacted to comes first, before any clause after it.
    if (
      direct === null &&
      before === "by" &&
      trig.pattern.kind === "verb" &&
      REACTION.has(trig.pattern.entry.code.slice(0, 2))
    )
      return conjuncts(tokens, m, mentions, 1);
    if (direct === null && trig.pattern.kind === "verb" && (before === null || !PREPOSITIONS.has(before)))
      direct = m;
  }
  if (direct) return conjuncts(tokens, direct, mentions, 1);
  // "condemned the move announced by X": reacting to an act targets whoever did it.
  if (trig.pattern.kind === "verb" && REACTION.has(trig.pattern.entry.code.slice(0, 2))) {
    for (const m of mentions) {
      if (m.tokens[0] < trig.end || m.tokens[0] >= end || !usable(m)) continue;
      if (wordBefore(tokens, m, sentenceStart) === "by") return conjuncts(tokens, m, mentions, 1);
    }
  }
  // "raided the office of X", "seized the assets of X": the actor that owns the object;
  // "rejected an offer from X": the actor a reacted-to proposal came from.
  const reaction = REACTION.has(trig.pattern.entry.code.slice(0, 2));
  for (const m of mentions) {
    if (m.tokens[0] < trig.end || m.tokens[0] >= end || !usable(m)) continue;
    const before = wordBefore(tokens, m, sentenceStart);
    if (trig.pattern.kind === "verb" && (before === "of" || (reaction && before === "from")))
      return conjuncts(tokens, m, mentions, 1);
  }
  // "arrived in Amman", "a visit to Beijing": travel is to the country of the place — for
  // visitors, not troops ("peacekeepers arrived in Bosnia" is a deployment) nor locals.
  const traveller = [...mentions].reverse().find((m) => m.tokens[1] <= trig.start && !m.locative);
  const visitor =
    traveller !== undefined && !["MIL", "REB", "INS", "UAF", "COP"].includes(traveller.role ?? "");
  if (trig.pattern.entry.code.startsWith("042") && visitor) {
    const place = mentions.find(
      (m) =>
        m.locative &&
        m.country !== null &&
        m.tokens[0] >= trig.end &&
        m.tokens[0] <= trig.end + 3 &&
        tokens[m.tokens[0] - 1]?.normal !== "from",
    );
    if (place && place.country !== traveller?.country)
      return [{ ...place, locative: false, role: null, code: place.country ?? place.code }];
  }
  // Force against a place: "fired rounds at a loudspeaker in South Korea" targets that country.
  if (Number(trig.pattern.entry.code.slice(0, 2)) >= 15) {
    const place = mentions.find(
      (m) =>
        m.locative &&
        m.country !== null &&
        m.tokens[0] >= trig.end &&
        m.tokens[0] < end &&
        tokens[m.tokens[0] - 1]?.normal !== "from" &&
        // "120 miles east of Bahrain": a bearing, not where the target is.
        tokens[m.tokens[0] - 1]?.normal !== "of",
    );
    if (place) return [{ ...place, locative: false, role: null, code: place.country ?? place.code }];
  }
  // "shot down a passenger plane flying from Baku": a vehicle belongs to the country it set out from.
  if (trig.pattern.kind === "verb") {
    for (let j = trig.end; j < end; j++) {
      if (!VEHICLES.has(tokens[j].lemma)) continue;
      const origin = mentions.find(
        (m) =>
          m.country !== null &&
          m.via !== "adjective" &&
          m.tokens[0] > j &&
          m.tokens[0] <= j + 4 &&
          tokens[m.tokens[0] - 1]?.normal === "from",
      );
      if (origin) {
        const modifier = mentions.find((m) => m.via === "adjective" && m.tokens[1] === j && m.role !== null);
        const role = modifier?.role ?? null;
        return [{ ...origin, locative: false, role, code: `${origin.country}${role ?? ""}` }];
      }
      break;
    }
  }
  return [];
}

const VEHICLES = new Set([
  "plane",
  "airliner",
  "aircraft",
  "jet",
  "flight",
  "helicopter",
  "ship",
  "vessel",
  "boat",
  "tanker",
  "ferry",
  "train",
  "bus",
  "convoy",
  "truck",
]);
