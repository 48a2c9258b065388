import type { PatternEntry } from "../dict/schema.js";
import { fold } from "../nlp/fold.js";
import { verbForms } from "../nlp/inflect.js";

/** A pattern ready for matching. */
export interface Compiled {
  entry: PatternEntry;
  kind: "verb" | "noun";
  /** Verb: the head lemma. Noun: the last word's lemma. */
  head: string;
  /** Verb: particles after the head, in order. Noun: words before the head, in order. */
  words: string[];
  object: Set<string> | null;
  specificity: number;
}

export interface PatternIndex {
  /** Verb patterns by head lemma. */
  verbs: Map<string, Compiled[]>;
  /** Surface form → verb lemmas it can be an inflection of. */
  forms: Map<string, string[]>;

  /** Noun patterns by head lemma (last word). */
  nouns: Map<string, Compiled[]>;
  size: number;
}

const words = (s: string) => fold(s).trim().split(/\s+/);

/** Indexes pattern entries by head word, with every inflected surface form of each verb. */
export function buildPatternIndex(entries: readonly PatternEntry[]): PatternIndex {
  const verbs = new Map<string, Compiled[]>();
  const nouns = new Map<string, Compiled[]>();
  const forms = new Map<string, string[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const entry of entries) {
    const object = entry.object && entry.object.length > 0 ? new Set(entry.object.map(fold)) : null;
    if (entry.verb !== undefined) {
      const [head, ...particles] = words(entry.verb);
      push(verbs, head, {
        entry,
        kind: "verb",
        head,
        words: particles,
        object,
        specificity: particles.length + (object ? 2 : 0),
      });
      for (const f of verbForms(head)) {
        const known = forms.get(f);
        if (!known) forms.set(f, [head]);
        else if (!known.includes(head)) known.push(head);
      }
    } else if (entry.noun !== undefined) {
      const ws = words(entry.noun);
      const head = ws[ws.length - 1];
      push(nouns, head, {
        entry,
        kind: "noun",
        head,
        words: ws.slice(0, -1),
        object,
        specificity: ws.length - 1 + (object ? 2 : 0),
      });
    }
  }
  for (const list of [...verbs.values(), ...nouns.values()])
    list.sort((a, b) => b.specificity - a.specificity);
  return { verbs, nouns, forms, size: entries.length };
}

/** The pattern a construction's events cite (`construction.must-demand`, …), headed by `head`. */
export function constructionPattern(entry: PatternEntry, head: string): Compiled {
  return { entry, kind: "verb", head, words: [], object: null, specificity: 0 };
}
