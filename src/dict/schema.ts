/**
 * Dictionary file schemas. Every dictionary is a versioned JSON file:
 *   { "schema": "rift.<kind>/1", "version": "YYYY.MM.N", "source": "…", "entries": [ … ] }
 * and every entry has an `id` unique across all dictionaries; events cite these ids in `rule`.
 */

export const ROLE_CODES = [
  "GOV",
  "MIL",
  "COP",
  "JUD",
  "LEG",
  "SPY",
  "OPP",
  "REB",
  "INS",
  "SEP",
  "MED",
  "BUS",
  "CVL",
  "REF",
  "HRI",
  "EDU",
  "HLH",
  "REL",
  "CRM",
  "LAB",
  "ELI",
  "AGR",
  "ENV",
  "IGO",
  "NGO",
  "NGM",
  "PTY",
  "SPY",
  "UAF",
  "MOD",
  "RAD",
  "IMG",
  "PPL",
  "MNC",
  "DEV",
  "AMN",
] as const;

/** A country: ISO 3166-1 alpha-3 code and every way a story names it. */
export interface CountryEntry {
  id: string; // "country.AZE"
  type: "country";
  code: string; // "AZE"
  /** Full, short and historic names: "Azerbaijan", "Republic of Azerbaijan". */
  names: string[];
  /** Adjectives: "Azerbaijani", "Azeri". Combine with role nouns ("Azerbaijani police"). */
  adjectives: string[];
  /** Plural demonyms used as actors: "Azerbaijanis", "Azeris" (coded country + CVL). */
  demonyms: string[];
  /** Capitals: as an actor they stand for the government ("Baku said"), after "in" they are places. */
  capitals: string[];
  /** Seats of power used as metonyms for the government: "the Kremlin", "the White House". */
  seats: string[];
}

/** A named organisation or group with a fixed code: IGOs, NGOs, agencies, armed groups, media. */
export interface OrgEntry {
  id: string; // "org.IGOUNO", "org.RUS.fsb"
  type: "org";
  code: string; // full CAMEO code: "IGOUNO", "RUSSPY", "IMGMOSALQ"
  country: string | null; // alpha-3 when the organisation belongs to a country
  role: string | null; // primary role, e.g. "SPY", "MED", "IGO"
  names: string[];
}

/** A role noun that combines with a country: "foreign ministry", "police", "rebels". */
export interface RoleEntry {
  id: string; // "role.police"
  type: "role";
  role: string; // "COP"
  /** Phrases, singular; plurals match through lemmas ("authorities" → "authority"). */
  names: string[];
  /** True for titles of persons that precede a name: "President", "Foreign Minister". */
  title?: boolean;
}

export interface PersonTerm {
  code: string; // "RUSGOV"
  from: string; // YYYY-MM-DD (or YYYY, YYYY-MM)
  to: string | null; // null: still in office
  office: string; // "President"
}

/** A person whose office codes them by date: heads of state and government, foreign ministers. */
export interface PersonEntry {
  id: string; // "person.vladimir-putin"
  type: "person";
  /** Full names: "Vladimir Putin". The last word of each also matches alone ("Putin"). */
  names: string[];
  terms: PersonTerm[];
}

export type ActorEntry = CountryEntry | OrgEntry | RoleEntry | PersonEntry;

/**
 * A verb or noun pattern that codes an event.
 *  - `verb`: head lemma plus optional particles, e.g. "summon", "shoot down", "pull out of".
 *  - `noun`: nominal event head lemma, e.g. "raid", "cancellation" (source from possessor/adjective/"by",
 *    target from "of"/"on"/"against"/"with"/"to").
 *  - `object`: optional lemmas; the pattern only applies when one of them follows the head within the
 *    object window (before the next verb or clause end), e.g. cancel + ["visit","trip"] → 161.
 *  - `targetPreps`: prepositions introducing the target when it is not the direct object
 *    (e.g. "protest against X", "meet with X"). Defaults per kind.
 *  - `sourcePreps`: the source is the mention after one of these prepositions and the target is the
 *    verb's subject ("received weapons from X": X → subject, 072).
 *  - `noTarget`: the event has no target even when a noun phrase follows (e.g. "resign").
 *  - `symmetric`: the event is coded in both directions (meet, negotiate, agree with).
 * The most specific matching pattern wins (object-constrained over plain, longer verb over shorter).
 */
export interface PatternEntry {
  id: string; // "161.cancel-visit"
  code: string; // CAMEO code, 3 or 4 digits
  verb?: string;
  noun?: string;
  object?: string[];
  targetPreps?: string[];
  sourcePreps?: string[];
  noTarget?: boolean;
  symmetric?: boolean;

  /** Free-text note on scope, for dictionary maintainers. */
  note?: string;
}

/** A place alias not in (or spelled differently from) the gazetteer: "Kiev" → Kyiv. */
export interface PlaceAliasEntry {
  id: string; // "place.kyiv"
  type: "city" | "region";
  name: string; // canonical name
  aliases: string[];
  country: string; // alpha-3
  lat: number;
  lon: number;
}

/** CAMEO codes of acts a government performs at home (summoning an envoy): placed at the source's capital. */
export interface HomeActEntry {
  id: string;
  codes: string[];
  note?: string;
}

/** Words of a verdict: saying another actor's act is "illegal" or "unacceptable" criticises it. */
export interface VerdictEntry {
  id: string;
  code: string;
  words: string[];
}

export interface DictionaryFile<E> {
  schema: string;
  version: string;
  source: string;
  entries: E[];
}
