import type { Token } from "../model/types.js";
import type { Trigger } from "./triggers.js";

/**
 * Future and intended acts. CAMEO codes an announced future act as an intent or a threat:
 * "X will visit Y" is an intent to meet (036), "will provide aid" an intent to give aid (033…),
 * "will release" an intent to yield (0353), "will attack" a threat of force (138).
 */
const FUTURE_AUX = new Set(["will", "would", "'ll", "shall"]);
const INTENT_ADJ = new Set([
  "ready",
  "willing",
  "prepared",
  "determined",
  "set",
  "going",
  "planning",
  "plans",
  "plan",
  "intends",
  "intend",
  "seeks",
  "seeking",
  "vowed",
  "pledged",
  "promised",
  "scheduled",
  "due",
  "eager",
  "poised",
  "aims",
  "aim",
  "agreed",
  "agree",
  "agrees",
  "vow",
  "vows",
  "pledge",
  "pledges",
  "promise",
  "promises",
  "offered",
  "offers",
  "offer",
  "consented",
  "undertook",
  "undertakes",
  "committed",
]);

/** Parts of speech of a short phrase between an intent word and its "to" ("in principle on Saturday"). */
const INTERVENING = new Set(["ADP", "NOUN", "PROPN", "NUM", "DET", "ADV"]);

const TIME_WORDS = new Set(["today", "tomorrow", "tonight", "now", "soon", "later"]);

/** Words that end the reach of a modal over coordinated verbs ("will stop X and cooperate"). */
const CLAUSE_BREAK = new Set([
  "said",
  "says",
  "say",
  "but",
  "because",
  "while",
  "although",
  "after",
  "before",
  "when",
  "if",
]);

function marksFuture(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (FUTURE_AUX.has(t.normal)) return true;
  if (t.normal !== "to") return false;
  // "scheduled today to meet", "agreed in principle on Saturday to provide": a time word or a
  // short prepositional phrase may stand between the intent word and "to".
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
    const w = tokens[k];
    if (INTENT_ADJ.has(w.normal)) {
      // Only over time words, adverbs and prepositional phrases ("wants Putin to" is an appeal).
      const run = tokens.slice(k + 1, j);
      return (
        run.length === 0 ||
        run.every((r) => TIME_WORDS.has(r.normal)) ||
        ((run[0].pos === "ADP" || run[0].pos === "ADV") && !run.some((r) => r.normal === "for"))
      );
    }
    if (!TIME_WORDS.has(w.normal) && !INTERVENING.has(w.pos)) return false;
  }
  return false;
}

/** Is the act of this verb (or light verb of a nominal act) announced rather than done? */
export function isFuture(tokens: readonly Token[], trig: Trigger, sentenceStart: number): boolean {
  let j = trig.start - 1;
  for (; j >= Math.max(sentenceStart, trig.start - 4); j--) {
    const t = tokens[j];
    if (marksFuture(tokens, j)) return true;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") break;
  }
  // "Sudan will stop supporting rebels, cease … and cooperate with X": the modal covers
  // coordinated verbs (after "and", or after a list comma when not a participle clause).
  const link = tokens[j]?.normal;
  const listed = link === "," && !tokens[trig.head].normal.endsWith("ing");
  if (j < sentenceStart || (link !== "and" && !listed)) return false;
  for (let k = j - 1; k >= Math.max(sentenceStart, j - 30); k--) {
    if (CLAUSE_BREAK.has(tokens[k].normal) || tokens[k].normal === ";") return false;
    if (marksFuture(tokens, k)) return true;
  }
  return false;
}

/** Specific intents for cooperative codes; other codes fall back by root. */
const INTENT: Record<string, string> = {
  "071": "0331",
  "072": "0332",
  "073": "0333",
  "074": "0334",
  "081": "0351",
  "082": "0352",
  "083": "0353",
  "084": "0353",
  "0841": "0353",
  "085": "0354",
  "086": "0355",
  "087": "0356",
  "0871": "0356",
};
const INTENT_BY_ROOT: Record<string, string> = {
  "04": "036",
  "05": "030",
  "06": "031",
  "07": "033",
  "08": "035",
  "09": "030",
  "14": "133",
  "15": "138",
  "16": "130",
  "17": "130",
  "18": "138",
  "19": "138",
  "20": "138",
};

/** The code of a future act, or null when the code stays (statements, appeals, intents, threats). */
export function futureCode(code: string): string | null {
  return INTENT[code] ?? INTENT_BY_ROOT[code.slice(0, 2)] ?? null;
}

/** The specific threat for a threatened act (CAMEO 131–138): "threaten to break relations" → 1313. */
const THREAT: Record<string, string> = {
  "162": "1311",
  "1621": "1311",
  "1622": "1311",
  "1623": "1311",
  "163": "1312",
  "161": "1313",
  "160": "131",
  "164": "134",
  "165": "135",
  "166": "136",
  "1661": "136",
  "1662": "136",
  "1663": "136",
  "172": "132",
  "1721": "132",
  "1722": "132",
  "1723": "132",
  "1724": "132",
};
const THREAT_BY_ROOT: Record<string, string> = {
  "14": "133",
  "15": "138",
  "17": "137",
  "18": "138",
  "19": "138",
  "20": "138",
};

export function threatCode(actCode: string): string | null {
  return THREAT[actCode] ?? THREAT_BY_ROOT[actCode.slice(0, 2)] ?? null;
}
