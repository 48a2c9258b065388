/**
 * The document model: story → sentences → tokens → mentions → events.
 * Every span is a half-open [start, end) character offset into `story.text`.
 */

export type Span = [start: number, end: number];

/** Where a story came from, for error messages and provenance. */
export interface Origin {
  file: string | null;
  line: number | null;
  format: "text" | "html" | "jsonl" | "stdin" | "inline";
}

export interface Story {
  id: string;
  url: string | null;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The body. Spans of sentences, tokens, mentions and events index into it. */
  text: string;
  origin: Origin;
}

export interface Token {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Surface form folded for matching: lower case, no diacritics, straight quotes (see nlp/fold). */
  normal: string;
  /** Lemma, folded like `normal`. */
  lemma: string;
  pos: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Tokens [tokenStart, tokenEnd) of the document's token list. */
  tokenStart: number;
  tokenEnd: number;
}

/** A resolved actor: CAMEO code = country (or IGO/NGO/IMG prefix) + roles. */
export interface Actor {
  code: string;
  /** ISO 3166-1 alpha-3 code, or a region / "---" code; null for organisations without a country. */
  country: string | null;
  role: string | null;
}

export interface ActorMention extends Actor {
  /** Token range [start, end). */
  tokens: [number, number];
  span: Span;
  text: string;
  sentence: number;
  /** Dictionary entry ids that produced it (country entry, role entry, person entry…). */
  entries: string[];
  /** How it was found: a dictionary phrase, a title, a pronoun or a later mention of a person. */
  via: "phrase" | "compose" | "person" | "coref" | "pronoun" | "adjective";
  /** True when this is a bare country/capital used as a place after "in"/"at". */
  locative: boolean;
  /** A group standing for several actors ("both countries", "the two sides"): its members. */
  members?: ActorMention[];
}

export interface PlaceMention {
  tokens: [number, number];
  span: Span;
  text: string;
  sentence: number;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  kind: "city" | "region" | "country";
  entry: string;
}

export interface TimeMention {
  span: Span;
  text: string;
  sentence: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  rule: string;
}

export interface PloverRef {
  event: string;
  mode: string | null;
}

export interface EventActor {
  code: string;
  country: string | null;
  role: string | null;
  text: string;
  /** Dictionary entries that identified the actor (country, role, person, organisation). */
  entries: string[];
}

export interface Place {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
}

/** The event record: the contract every later part (store, API, exports) reads. */
export interface EventRecord {
  story: string;
  sentenceIndex: number;
  sentence: string;
  /** Smallest span covering source, trigger and target mentions in the sentence. */
  span: Span;
  /** Span of the word(s) that triggered the pattern (verb or noun). */
  trigger: Span;
  source: EventActor;
  target: EventActor | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: PloverRef | null;
  date: string | null;
  dateStated: boolean;
  place: Place | null;
  placeStated: boolean;
  /** Id of the pattern (and actor entries) that produced the event. */
  rule: string;
  confidence: number;
}

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  code: string;
  message: string;
  story: string | null;
  file: string | null;
  line: number | null;
}

/** The document that flows through the pipeline. */
export interface Doc {
  story: Story;
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  places: PlaceMention[];
  times: TimeMention[];
  /** Candidate events before time and place are attached. */
  events: EventRecord[];
  problems: Problem[];
}

export function newDoc(story: Story): Doc {
  return { story, sentences: [], tokens: [], actors: [], places: [], times: [], events: [], problems: [] };
}
