import type { Token } from "../model/types.js";

/**
 * Clause segmentation of one sentence, good enough to tell which verb a time expression
 * belongs to: "said on Friday that police will raid …" splits at "that", so "on Friday"
 * belongs to "said" and is not in the future clause.
 */

const BREAK_PUNCT = new Set([",", ";", ":", "—", "–", "(", ")", '"', "“", "”"]);
/** Words that open a new clause wherever they occur. */
const BREAK_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "while",
  "whereas",
  "although",
  "though",
  "when",
  "where",
  "if",
  "unless",
]);
/** Coordinators open a new clause only when a verb follows ("raided … and detained"). */
const COORDINATORS = new Set(["and", "but", "or"]);

function isVerbal(token: Token): boolean {
  return token.pos === "VERB" || token.pos === "AUX";
}

/**
 * Clause number of every token of `tokens` (one sentence, in order). Clauses without a verb
 * (a fronted "On Friday," or an aside) join the clause that follows them, or the one before
 * when they end the sentence.
 */
export function clauseIds(tokens: readonly Token[]): number[] {
  const raw: number[] = new Array(tokens.length);
  /** Clauses opened by a word ("that", "and detained") are clauses even when the tagger misses their verb. */
  const opened: boolean[] = [false];
  let id = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const next = tokens[k + 1];
    if (BREAK_PUNCT.has(token.text)) {
      raw[k] = id;
      id++;
      opened[id] = false;
      continue;
    }
    const word =
      k > 0 &&
      (BREAK_WORDS.has(token.normal) ||
        (COORDINATORS.has(token.normal) && next !== undefined && isVerbal(next)));
    if (word) {
      id++;
      opened[id] = true;
    }
    raw[k] = id;
  }
  // Merge verbless stretches between punctuation ("On Friday,") into a neighbouring clause.
  const count = id + 1;
  const hasVerb: boolean[] = opened.slice(0, count).map((o) => o === true);
  for (let k = 0; k < tokens.length; k++) if (isVerbal(tokens[k])) hasVerb[raw[k]] = true;
  const target: number[] = new Array(count);
  for (let c = 0; c < count; c++) target[c] = c;
  let following = -1;
  for (let c = count - 1; c >= 0; c--) {
    if (hasVerb[c]) following = c;
    else if (following >= 0) target[c] = following;
  }
  let preceding = -1;
  for (let c = 0; c < count; c++) {
    if (hasVerb[c]) preceding = c;
    else if (target[c] === c && preceding >= 0) target[c] = preceding;
  }
  return raw.map((c) => target[c]);
}

/** Modal and semi-modal markers of a future (or planned) event. */
const FUTURE_WORDS = new Set(["will", "shall", "'ll", "would", "upcoming", "forthcoming"]);
/** Verbs that announce a plan when followed by "to": "plans to", "is expected to". */
const PLAN_LEMMAS = new Set(["plan", "expect", "intend", "set", "due", "schedule", "aim", "prepare"]);
const BE_FORMS = new Set(["is", "are", "am", "'s", "'re"]);

/** True when the clause holding token `k` is about the future. */
export function isFutureClause(tokens: readonly Token[], clauses: readonly number[], k: number): boolean {
  const clause = clauses[k];
  for (let j = 0; j < tokens.length; j++) {
    if (clauses[j] !== clause) continue;
    const token = tokens[j];
    const next = tokens[j + 1];
    if (FUTURE_WORDS.has(token.normal) || (token.lemma === "will" && token.pos === "AUX")) return true;
    if (token.normal === "going" && next?.normal === "to") return true;
    if (token.normal === "scheduled" || token.normal === "slated") return true;
    // "plans to visit", "is expected to meet", "is to meet": a plan verb or "be", then "to" + verb.
    const infinitive = next?.normal === "to" && tokens[j + 2] !== undefined && isVerbal(tokens[j + 2]);
    if (infinitive && (PLAN_LEMMAS.has(token.lemma) || BE_FORMS.has(token.normal))) return true;
  }
  return false;
}
