import type { ActorEntry, CountryEntry, PersonEntry } from "../dict/schema.js";
import { phraseKeys } from "../nlp/phrase.js";
import { newTrie, type TrieNode, trieInsert } from "../nlp/trie.js";

/** What a dictionary phrase says when it matches. */
export type LexHit =
  | { kind: "country" | "adjective" | "demonym" | "capital" | "seat"; entry: string; country: string }
  | { kind: "org"; entry: string; code: string; country: string | null; role: string | null }
  | { kind: "role"; entry: string; role: string; title: boolean }
  | { kind: "person"; entry: string; person: PersonEntry; surname: boolean };

export interface LexValue {
  hit: LexHit;
  /** The phrase needs a capitalised first token in the text (proper names). */
  proper: boolean;
  /** The phrase must match case exactly (short all-caps names such as "US"). */
  exactCase: string | null;
}

export interface ActorLexicon {
  trie: TrieNode<LexValue>;
  countries: Map<string, CountryEntry>;
  persons: PersonEntry[];
  /** People by entry id (events cite it), to re-code them by the event's date. */
  personsById: ReadonlyMap<string, PersonEntry>;
  size: number;
}

const isProper = (phrase: string) => /^[A-Z0-9]/.test(phrase);
const exactCaseOf = (phrase: string) => (/^[A-Z.]{2,4}$/.test(phrase) ? phrase : null);

/** Builds the actor phrase trie from dictionary entries. */
export function buildLexicon(entries: readonly ActorEntry[]): ActorLexicon {
  const trie = newTrie<LexValue>();
  const countries = new Map<string, CountryEntry>();
  const persons: PersonEntry[] = [];
  let size = 0;
  const add = (phrase: string, hit: LexHit, proper = isProper(phrase), exact = exactCaseOf(phrase)) => {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    trieInsert(trie, keys, { hit, proper, exactCase: exact });
    size++;
  };
  for (const e of entries) {
    switch (e.type) {
      case "country": {
        countries.set(e.code, e);
        const base = { entry: e.id, country: e.code };
        for (const n of e.names) add(n, { kind: "country", ...base });
        for (const n of e.adjectives) add(n, { kind: "adjective", ...base });
        for (const n of e.demonyms) add(n, { kind: "demonym", ...base });
        for (const n of e.capitals) add(n, { kind: "capital", ...base });
        for (const n of e.seats) add(n, { kind: "seat", ...base });
        break;
      }
      case "org":
        for (const n of e.names)
          add(n, { kind: "org", entry: e.id, code: e.code, country: e.country, role: e.role });
        break;
      case "role":
        for (const n of e.names)
          add(n, { kind: "role", entry: e.id, role: e.role, title: e.title === true }, false);
        break;
      case "person": {
        persons.push(e);
        const surnames = new Set<string>();
        for (const n of e.names) {
          add(n, { kind: "person", entry: e.id, person: e, surname: false }, true);
          const parts = n.split(/\s+/);
          if (parts.length > 1) surnames.add(parts[parts.length - 1]);
        }
        // A bare surname must match its exact spelling ("Un" is not "UN", "Lam" is not "LAM").
        for (const s of surnames) add(s, { kind: "person", entry: e.id, person: e, surname: true }, true, s);
        break;
      }
    }
  }
  return { trie, countries, persons, personsById: new Map(persons.map((p) => [p.id, p])), size };
}

/** The code a person's office gives on a date (YYYY-MM-DD; null → the latest term). */
export function personCodeOn(
  person: PersonEntry,
  date: string | null,
): { code: string; office: string } | null {
  const terms = person.terms;
  if (date === null) {
    const last = terms[terms.length - 1];
    return last ? { code: last.code, office: last.office } : null;
  }
  for (const t of terms) {
    const from = t.from.length === 4 ? `${t.from}-01-01` : t.from.length === 7 ? `${t.from}-01` : t.from;
    const to =
      t.to === null
        ? "9999-12-31"
        : t.to.length === 4
          ? `${t.to}-12-31`
          : t.to.length === 7
            ? `${t.to}-31`
            : t.to;
    if (date >= from && date <= to) return { code: t.code, office: t.office };
  }
  return null;
}
