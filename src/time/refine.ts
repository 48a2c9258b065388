import type { Doc, EventRecord, TimeMention } from "../model/types.js";

/**
 * A lead often dates a happening vaguely and the next sentences tell it precisely: "deaths
 * during police arrests … last week" then "… during Friday's raids". An event dated only to a
 * vague period (`time.period`, `time.vague`: YYYY-MM) takes the day of a time expression in one
 * of the next two sentences that falls in the same month and sits right before a word of the
 * same kind of act (`related` says which words those are, from the pattern dictionary).
 */
export function refineVagueDates(
  doc: Doc,
  events: readonly EventRecord[],
  times: readonly TimeMention[],
  related: (root: string, lemma: string) => boolean,
): EventRecord[] {
  return events.map((e) => {
    if (e.date === null || e.date.length !== 7 || !e.dateStated) return e;
    const own = times.find((t) => t.sentence === e.sentenceIndex && t.date === e.date);
    if (own === undefined || (own.rule !== "time.period" && own.rule !== "time.vague")) return e;
    for (const t of times) {
      if (t.sentence <= e.sentenceIndex || t.sentence > e.sentenceIndex + 2) continue;
      if (t.date.length !== 10 || !t.date.startsWith(e.date)) continue;
      const after = doc.tokens.filter((k) => k.start >= t.span[1] && k.sentence === t.sentence).slice(0, 3);
      if (after.some((k) => related(e.root, k.lemma))) return { ...e, date: t.date };
    }
    return e;
  });
}
