import type { Doc, EventRecord, Span, TimeMention, Token } from "../model/types.js";
import { parseYmd } from "./calendar.js";
import { clauseIds } from "./clause.js";

/**
 * Dates each event: the time expression of its sentence closest to its trigger, preferring
 * one in the trigger's clause (an expression that belongs to another verb of the sentence,
 * as "said on Friday" for "that police arrested …", is a weaker match). An announced act takes
 * only the time of its announcement. No expression: the publication date, not stated. No
 * publication date either: null.
 */

/** Penalty (in tokens) for an expression outside the trigger's clause. */
const OTHER_CLAUSE = 1000;

function tokenRange(tokens: readonly Token[], span: Span): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.end <= span[0] || t.start >= span[1]) continue;
    if (first < 0) first = k;
    last = k;
  }
  return first < 0 ? null : [first, last];
}

function gap(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

const DETERMINER_YEAR = /^(\w+\s+)?(the|a|an|its|their|his|her)\s+(early|mid|late)?[-\s]*\d{4}$/i;

function modifiesNoun(t: TimeMention): boolean {
  return t.rule === "time.year" && DETERMINER_YEAR.test(t.text.trim());
}

const TEMPORAL = new Set(["after", "before", "when", "once", "until", "by", "from"]);

/**
 * Is a time expression part of the announcement of an act rather than of the act itself?
 * It comes before the trigger and is not inside a temporal clause ("after it joins on April 1").
 */
function announcing(tokens: readonly Token[], time: [number, number], trigger: [number, number]): boolean {
  if (time[1] >= trigger[0]) return false;
  for (let k = time[0] - 1; k >= Math.max(0, time[0] - 8); k--) {
    if (TEMPORAL.has(tokens[k].normal)) return false;
    if (tokens[k].normal === "," || tokens[k].pos === "VERB") break;
  }
  return true;
}

/**
 * "condemned the move announced on Monday": a time after the trigger that directly follows
 * another verb (within two tokens) dates that verb's act, not the trigger's — unless that verb
 * reports the sentence.
 */
function ofLaterVerb(
  tokens: readonly Token[],
  time: [number, number] | null,
  trigger: [number, number],
): boolean {
  if (time === null || time[0] <= trigger[1] + 1) return false;
  for (let k = time[0] - 1; k >= Math.max(trigger[1] + 1, time[0] - 2); k--)
    if (tokens[k].pos === "VERB") return !REPORTING.has(tokens[k].lemma);
  return false;
}

/** Reporting verbs: their time ("…, the ministry said on Wednesday") still dates the report. */
const REPORTING = new Set(["say", "tell", "report", "add", "state", "write", "confirm"]);

/** The time mention that dates an event, or null. */
export function timeForEvent(
  doc: Doc,
  event: EventRecord,
  times: readonly TimeMention[],
): TimeMention | null {
  // "the 2022 presidential election": a year that modifies a noun dates that noun, not a verb's act.
  const verbal = !event.rule.includes("/noun");
  const sentence = doc.sentences[event.sentenceIndex];
  const tokens = sentence ? doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd) : [];
  const trigger = tokenRange(tokens, event.trigger);
  const candidates = times.filter(
    (t) =>
      t.sentence === event.sentenceIndex &&
      !(verbal && modifiesNoun(t)) &&
      !(trigger !== null && ofLaterVerb(tokens, tokenRange(tokens, t.span), trigger)),
  );
  if (candidates.length === 0) return null;
  if (candidates.length === 1 && !event.rule.includes("/future")) return candidates[0];
  if (trigger === null) return candidates[0];
  const clauses = clauseIds(tokens);
  // An announced act ("will press charges after it joins on April 1") is dated by its
  // announcement: a time of the announcing clause, else the publication date.
  const announced = event.rule.includes("/future");
  let best: TimeMention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const time of candidates) {
    const range = tokenRange(tokens, time.span);
    if (range === null) continue;
    const sameClause = clauses[range[0]] === clauses[trigger[0]] || clauses[range[1]] === clauses[trigger[0]];
    if (announced && !announcing(tokens, range, trigger)) continue;
    const score = gap(range, trigger) + (sameClause ? 0 : OTHER_CLAUSE);
    if (score < bestScore) {
      best = time;
      bestScore = score;
    }
  }
  return best ?? (announced ? null : candidates[0]);
}

/** New event records with `date` and `dateStated` set. */
export function attachDates(
  doc: Doc,
  events: readonly EventRecord[],
  times: readonly TimeMention[],
): EventRecord[] {
  const published = parseYmd(doc.story.published) !== null ? doc.story.published : null;
  return events.map((event) => {
    const time = timeForEvent(doc, event, times);
    if (time !== null) return { ...event, date: time.date, dateStated: true };
    return { ...event, date: published, dateStated: false };
  });
}
