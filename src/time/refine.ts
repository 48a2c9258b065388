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

/** Days before publication after which a stated date is background ("In 1998, …"). */
const BACKGROUND_DAYS = 180;
const PRESENT_MARKERS = new Set(["now", "today", "currently", "still", "this"]);

/**
 * Background narrative: "In 1998, Bin Laden's agents blew up two embassies. In retaliation,
 * Mr. Clinton ordered a missile strike." An event told in the simple past with no time
 * expression of its own, right after a sentence whose events are stated to be long before
 * publication, continues that narrative and takes its date.
 */
export function inheritNarrativeDates(
  doc: Doc,
  events: readonly EventRecord[],
  times: readonly TimeMention[],
  isPast: (word: string) => boolean,
): EventRecord[] {
  const published = doc.story.published;
  if (published === null) return [...events];
  const cutoff = new Date(Date.parse(published) - BACKGROUND_DAYS * 86_400_000).toISOString().slice(0, 10);
  // The frame a sentence opens with ("In 1998, …"), when it is long before publication.
  const frame = (sentence: number): string | null => {
    const s = doc.sentences[sentence];
    if (s === undefined) return null;
    const opening = doc.tokens.slice(s.tokenStart, s.tokenStart + 2).map((t) => t.start);
    const t = times.find((m) => m.sentence === sentence && opening.includes(m.span[0]));
    return t !== undefined && t.date < cutoff ? t.date : null;
  };
  return events.map((e) => {
    if (e.dateStated || e.rule.includes("/future")) return e;
    const date = frame(e.sentenceIndex - 1);
    if (date === null) return e;
    const sentence = doc.sentences[e.sentenceIndex];
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    if (words.some((t) => PRESENT_MARKERS.has(t.normal))) return e;
    // Told in the simple past: the first verb of the sentence is a past form, not a present perfect.
    const verb = words.find((t) => t.pos === "VERB" || t.pos === "AUX");
    if (verb === undefined || !isPast(verb.normal)) return e;
    return { ...e, date, dateStated: false };
  });
}
