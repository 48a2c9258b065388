import type { Doc, Sentence, TimeMention, Token } from "../model/types.js";
import { formatDate, parseYmd, type Ymd } from "./calendar.js";
import { timeParser } from "./chrono.js";
import { clauseIds, isFutureClause } from "./clause.js";
import { ABSOLUTE_RULES } from "./past.js";
import { readResolved, type TimeParseOption } from "./resolved.js";

/** Any fixed day: with no publication date only dates that state their year are kept. */
const NO_REFERENCE: Ymd = { y: 2000, m: 1, d: 1 };

/** Index in `tokens` of the token holding character `offset` (or the next one). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].end > offset) return k;
  return tokens.length - 1;
}

function sentenceTimes(doc: Doc, sentence: Sentence, ref: Ymd, hasReference: boolean): TimeMention[] {
  const text = doc.story.text.slice(sentence.start, sentence.end);
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  if (tokens.length === 0) return [];
  const clauses = clauseIds(tokens);
  const option: TimeParseOption = {
    isFuture: (start) => isFutureClause(tokens, clauses, tokenAt(tokens, sentence.start + start)),
  };
  // Local noon of the reference day: chrono reads calendar fields, so the zone never matters.
  const reference = new Date(ref.y, ref.m - 1, ref.d, 12, 0, 0);
  const mentions: TimeMention[] = [];
  for (const result of timeParser().parse(text, reference, option)) {
    const resolved = readResolved(result);
    if (resolved === null) continue;
    if (!hasReference && !ABSOLUTE_RULES.has(resolved.rule)) continue;
    // chrono may include a comma or bracket before or after the expression.
    const lead = result.text.length - result.text.replace(/^[\s,(（]+/, "").length;
    const trail = result.text.length - result.text.replace(/[\s,)）]+$/, "").length;
    const start = sentence.start + result.index + lead;
    const end = sentence.start + result.index + result.text.length - trail;
    mentions.push({
      span: [start, end],
      text: doc.story.text.slice(start, end),
      sentence: sentence.index,
      date: formatDate(resolved.ymd, resolved.unit),
      rule: resolved.rule,
    });
  }
  return mentions;
}

/** Every time expression of the story, resolved against its publication date. */
export function findTimes(doc: Doc, only?: ReadonlySet<number>): TimeMention[] {
  const published = parseYmd(doc.story.published);
  const ref = published ?? NO_REFERENCE;
  const sentences = only ? doc.sentences.filter((s) => only.has(s.index)) : doc.sentences;
  return sentences.flatMap((s) => sentenceTimes(doc, s, ref, published !== null));
}
