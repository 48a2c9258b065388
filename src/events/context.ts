import type { Token } from "../model/types.js";
import { isPastForm } from "../nlp/inflect.js";
import type { Trigger } from "./triggers.js";

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "nt"]);
const MODALS = new Set(["could", "might", "may", "should", "must", "can", "ca"]);
const READINESS = new Set(["be", "to", "ready", "willing", "able", "prepared"]);
/** Nouns whose "that"-clause is an assertion, not a fact ("the idea that the U.S. is training …"). */
const ASSERTED = new Set([
  "idea",
  "claim",
  "allegation",
  "accusation",
  "notion",
  "suggestion",
  "rumour",
  "rumor",
  "assertion",
  "charge",
  "speculation",
  "fear",
  "concern",
  "hope",
  "possibility",
  "prospect",
]);
/** Verbs whose complement is asserted by someone, not told as fact by the story. */
const ALLEGING = new Set(["claim", "allege", "deny", "rumour", "rumor"]);
/** Verbs and nouns whose "that"-clause states what is demanded, not what happened. */
const DEMANDING = new Set([
  "demand",
  "urge",
  "insist",
  "ask",
  "request",
  "recommend",
  "propose",
  "suggest",
  "require",
  "call",
  "demanded",
  "urged",
  "insisted",
]);
const FORECAST = new Set(["expected", "likely", "unlikely", "due", "set", "poised", "supposed", "tipped"]);
const CONDITIONS = new Set(["if", "unless", "whether"]);
const BE = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "'s",
  "get",
  "gets",
  "got",
  "gotten",
  "getting",
]);
const SKIP_IN_VERB_GROUP = new Set(["ADV", "PART", "AUX"]);
/** Verbs that chain another in one verb group: "can finish hammering out", "could begin talks". */
const CATENATIVE = new Set([
  "finish",
  "start",
  "begin",
  "continue",
  "keep",
  "stop",
  "try",
  "manage",
  "attempt",
  "seek",
  "help",
]);

/** Negated: a negator in the verb group before the head ("did not acknowledge", "never paid"). */
const NEGATING_VERBS = new Set(["refuse", "decline", "fail", "deny", "reject"]);

export function isNegated(tokens: readonly Token[], trig: Trigger, sentenceStart: number): boolean {
  const p1 = tokens[trig.start - 1];
  const p2 = tokens[trig.start - 2];
  // "stopped short of accepting", "refused to meet", "declined to comment on".
  if (p1 !== undefined && p2 !== undefined) {
    if (p1.normal === "of" && p2.normal === "short") return true;
    if (p1.normal === "to" && NEGATING_VERBS.has(p2.lemma) && trig.pattern.kind === "verb") return true;
  }
  for (let j = trig.start - 1; j >= Math.max(sentenceStart, trig.start - 4); j--) {
    const t = tokens[j];
    if (NEGATORS.has(t.normal)) return true;
    if (t.pos === "PUNCT" || (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART" && t.pos !== "VERB"))
      break;
  }
  return false;
}

/** Hypothetical: a modal in the verb group, a condition earlier in the sentence, or a question. */
export function isHypothetical(
  tokens: readonly Token[],
  trig: Trigger,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  if (tokens[sentenceEnd - 1]?.normal === "?") return true;
  for (let j = trig.start - 1; j >= Math.max(sentenceStart, trig.start - 5); j--) {
    const t = tokens[j];
    if (MODALS.has(t.normal)) return true;
    // "must be ready to mediate": through a readiness phrase to its modal.
    if (READINESS.has(t.normal)) continue;
    if (!SKIP_IN_VERB_GROUP.has(t.pos) && !NEGATORS.has(t.normal) && !CATENATIVE.has(t.lemma)) break;
  }
  for (let j = sentenceStart; j < trig.start; j++) if (CONDITIONS.has(tokens[j].normal)) return true;
  // "demanded that Israel ease restrictions": the content of a demand is not an act (the demand
  // is); "claimed (that) ISIL had attacked Iraq", "denied it attacked": neither is a claim's.
  for (let j = trig.start - 1; j >= Math.max(sentenceStart + 1, trig.start - 10); j--) {
    const w = tokens[j];
    if (ALLEGING.has(w.lemma) && w.pos === "VERB" && j < trig.start - 1) return true;
    if (w.normal !== "that") {
      if (w.normal === "," || (w.pos === "VERB" && !ALLEGING.has(w.lemma)) || w.pos === "SCONJ") break;
      continue;
    }
    let g = j - 1;
    while (g > sentenceStart && (tokens[g].pos === "ADV" || TIME_WORDS.has(tokens[g].normal))) g--;
    if (
      DEMANDING.has(tokens[g].lemma) ||
      DEMANDING.has(tokens[g].normal) ||
      (ALLEGING.has(tokens[g].lemma) && tokens[g].pos === "VERB") ||
      (ASSERTED.has(tokens[g].lemma) && tokens[g].pos === "NOUN")
    )
      return true;
    break;
  }
  // "is expected to protest", "is likely to meet": a forecast, not an act.
  const p1 = tokens[trig.start - 1];
  const p2 = tokens[trig.start - 2];
  if (p1?.normal === "to" && p2 !== undefined && FORECAST.has(p2.normal)) return true;
  return false;
}

/** Passive voice: a form of "be"/"get" before a past participle, or a participle followed by "by". */
export function isPassive(tokens: readonly Token[], trig: Trigger, sentenceStart: number): boolean {
  if (trig.pattern.kind !== "verb") return false;
  const head = tokens[trig.head];
  if (!isPastForm(head.normal)) return false;
  for (let j = trig.head - 1; j >= Math.max(sentenceStart, trig.head - 4); j--) {
    const t = tokens[j];
    if (BE.has(t.normal)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART" && !NEGATORS.has(t.normal)) break;
  }
  if (tokens[trig.end]?.normal === "by") return true;
  // A reduced relative: "10 soldiers killed in Ukraine", "civilians imprisoned for …" — a participle
  // right after a noun, with no object of its own.
  const prev = tokens[trig.head - 1];
  const next = tokens[trig.end];
  const nounBefore = prev !== undefined && prev.pos === "NOUN";
  const noObject =
    next === undefined ||
    ((next.pos === "ADP" || next.pos === "PUNCT") && next.normal !== "to" && next.normal !== "as");
  if (!nounBefore || !noObject) return false;
  // Only when the noun phrase is not the clause's subject: it follows a verb or preposition
  // ("there were 10 soldiers killed", "reports of civilians killed"), or a main verb comes after
  // it ("civilians imprisoned for … were released"). "Protesters demonstrated in Paris." is active.
  let j = trig.head - 1;
  while (j > sentenceStart && ["NOUN", "PROPN", "ADJ", "NUM", "DET"].includes(tokens[j - 1].pos)) j--;
  const governed = j > sentenceStart && ["VERB", "AUX", "ADP"].includes(tokens[j - 1].pos);
  let mainAfter = false;
  for (let k = trig.end; k < tokens.length && tokens[k].sentence === head.sentence; k++) {
    if (tokens[k].normal === "," || tokens[k].normal === ";") break;
    if (BE.has(tokens[k].normal) || HAVE.has(tokens[k].normal)) {
      mainAfter = true;
      break;
    }
  }
  return governed || mainAfter;
}

const HAVE = new Set(["has", "have", "had"]);

const INTENT_GOVERNORS = new Set([
  "decide",
  "agree",
  "vow",
  "pledge",
  "promise",
  "plan",
  "intend",
  "begin",
  "start",
  "continue",
  "resume",
  "move",
  "prepare",
  "ready",
  "willing",
  "prepared",
  "set",
  "go",
  "going",
  "able",
  "offer",
  "threaten",
  "choose",
  "elect",
  "undertake",
  "commit",
  "committed",
  "determined",
  "expect",
  "hope",
  "want",
  "seek",
  "aim",
  "propose",
  "announce",
  "schedule",
  "scheduled",
  "due",
  "eager",
  "poised",
]);

const PHRASE_POS = new Set(["ADV", "ADP", "NOUN", "PROPN", "NUM", "DET"]);
/** "for X to", "in order to", "so as to": the infinitive has its own subject, or is a purpose. */
const SUBJECT_OR_PURPOSE = new Set(["for", "order", "as"]);

/** Time words that may stand between a governor and its infinitive ("scheduled today to meet"). */
const TIME_WORDS = new Set(["today", "tomorrow", "tonight", "now", "soon", "later"]);

/** An infinitive ("to protest") after an earlier verb trigger is that act's purpose or content, not a new act. */
export function isDependentInfinitive(
  tokens: readonly Token[],
  trig: Trigger,
  earlier: readonly Trigger[],
): boolean {
  if (trig.pattern.kind !== "verb") return false;
  // "to help him oust X", "helped defend": a bare infinitive after "help" is a purpose.
  for (let k = trig.start - 1; k >= Math.max(0, trig.start - 3); k--) {
    if (tokens[k].lemma === "help") return true;
    if (tokens[k].pos !== "PRON" && tokens[k].pos !== "PROPN" && tokens[k].normal !== "to") break;
  }
  if (tokens[trig.start - 1]?.normal !== "to") return false;
  // "to X" is an act of its own only after a verb of decision or intent ("decided to expel",
  // "agreed to meet", "plans to visit"); after anything else ("in order to", "the goal of … to",
  // "pressured to", "trying to") it is a purpose or an aim, not something that happened.
  // Over adverbs, time words and a short phrase: "agreed in principle on Saturday to provide".
  let j = trig.start - 2;
  const reach = Math.max(0, trig.start - 8);
  while (j > reach && !INTENT_GOVERNORS.has(tokens[j].lemma) && PHRASE_POS.has(tokens[j].pos)) j--;
  // Only over adverbs and prepositional phrases: "wants Putin to attack" and "for Damascus to
  // allow" give the infinitive a subject of its own.
  const run = tokens.slice(j + 1, trig.start - 1);
  const phrasal =
    run.length === 0 ||
    ((run[0].pos === "ADP" || run[0].pos === "ADV") && !run.some((t) => SUBJECT_OR_PURPOSE.has(t.normal)));
  if (!INTENT_GOVERNORS.has(tokens[j]?.lemma ?? "") || !phrasal) {
    j = trig.start - 2;
    while (j >= 0 && (tokens[j].pos === "ADV" || TIME_WORDS.has(tokens[j].normal))) j--;
  }
  const governor = tokens[j];
  if (governor === undefined || !INTENT_GOVERNORS.has(governor.lemma)) return true;
  return earlier.some((e) => e.pattern.kind === "verb" && e.head < trig.start);
}

const CHARACTERISED = new Set([
  "called",
  "described",
  "termed",
  "dubbed",
  "labelled",
  "labeled",
  "branded",
  "alleged",
  "so-called",
  "purported",
]);

/** A nominal event in someone's characterisation ("what it called the brutal killing") is an allegation, not a fact. */
export function isCharacterisation(tokens: readonly Token[], trig: Trigger, sentenceStart: number): boolean {
  if (trig.pattern.kind !== "noun") return false;
  for (let j = trig.start - 1; j >= Math.max(sentenceStart, trig.start - 5); j--) {
    if (CHARACTERISED.has(tokens[j].normal)) return true;
    if (tokens[j].pos === "VERB" || tokens[j].normal === ",") break;
  }
  return false;
}

/**
 * A refusal: a cooperative act negated in the future ("will not accept refugees", "won't
 * allow inspectors") is a rejection (CAMEO 12), not an absence of events.
 */
export function isRefusal(tokens: readonly Token[], trig: Trigger, sentenceStart: number): boolean {
  const root = Number(trig.pattern.entry.code.slice(0, 2));
  if (root < 3 || root > 8 || trig.pattern.kind !== "verb") return false;
  for (let j = trig.start - 1; j >= Math.max(sentenceStart, trig.start - 4); j--) {
    const t = tokens[j];
    if (t.normal === "wo" || t.normal === "won't") return true;
    if (NEGATORS.has(t.normal)) {
      const aux = tokens[j - 1];
      return aux !== undefined && (aux.normal === "will" || aux.normal === "would" || aux.normal === "'ll");
    }
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") break;
  }
  return false;
}

/**
 * The gerund content of an earlier act: "accused X of sympathizing with Y", "praised Y for
 * helping", "blamed X for attacking". The accusation or praise is the event; its content is not.
 */
export function isGerundContent(
  tokens: readonly Token[],
  trig: Trigger,
  earlier: readonly Trigger[],
): boolean {
  if (trig.pattern.kind !== "verb" || !tokens[trig.head].normal.endsWith("ing")) return false;
  const prep = tokens[trig.start - 1]?.normal;
  if (prep !== "of" && prep !== "for" && prep !== "with") return false;
  return earlier.some((e) => e.head < trig.start);
}
