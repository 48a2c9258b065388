/**
 * Readers for the gold files: story gold (`gold/articles.jsonl`) and sentence sets
 * (`sentences/*.jsonl`, CAMEO or PLOVER). Pure: they take the file's text and name and
 * return the parsed records plus problems naming the file and line.
 */
import { countryKey, ploverType } from "./codes.js";

/** One hand-coded CAMEO event. `null` fields were not annotated (sentence sets). */
export interface CameoGold {
  /** Verbatim fragment of the sentence that states the event (whole text for sentence sets). */
  sentence: string;
  source: string;
  /** "" when the event has no target. */
  target: string;
  code: string;
  date: string | null;
  place: string | null;
  placeCountry: string | null;
}

export interface GoldStory {
  doc: string;
  published: string | null;
  events: CameoGold[];
  /** 1-based line in the gold file. */
  line: number;
}

/** One PLOVER gold event: any listed source acting on any listed target. */
export interface PloverGold {
  /** Current PLOVER type (old names mapped: DEMAND → REQUEST, …). */
  event: string;
  /** The name as written in the gold file. */
  original: string;
  /** Country keys of the listed sources (legacy codes mapped; IGO/NGO kept as prefixes); empty: any source. */
  sources: string[];
  /** Country keys of the listed targets; empty when the gold names none. */
  targets: string[];
  /** Sources marked SRC/TAR: each is also the target of the others. */
  reciprocal: boolean;
}

export interface SentenceLine {
  id: string;
  line: number;
  text: string;
  date: string | null;
  scheme: "cameo" | "plover";
  noEventsExpected: boolean;
  cameo: CameoGold[];
  plover: PloverGold[];
}

export interface GoldProblem {
  file: string;
  line: number;
  message: string;
  /** Errors make `rift eval` exit non-zero; warnings note a quirk the scorer worked around. */
  severity: "error" | "warning";
}

export interface Parsed<T> {
  items: T[];
  problems: GoldProblem[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function optString(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

/** Splits JSON Lines text into parsed objects, reporting lines that are not JSON objects. */
function jsonLines(text: string, file: string, problems: GoldProblem[]): Array<{ line: number; json: Json }> {
  const out: Array<{ line: number; json: Json }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    try {
      const json: unknown = JSON.parse(raw);
      if (isObject(json)) out.push({ line, json });
      else problems.push({ severity: "error", file, line, message: "not a JSON object" });
    } catch (e) {
      problems.push({
        severity: "error",
        file,
        line,
        message: `does not parse as JSON: ${(e as Error).message}`,
      });
    }
  });
  return out;
}

const CODE_RE = /^\d{2,4}$/;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks one story gold event; returns it or a message. */
function cameoEvent(v: unknown, whole: string | null): CameoGold | string {
  if (!isObject(v)) return "is not an object";
  const sentence = whole ?? v.sentence;
  if (typeof sentence !== "string" || sentence.trim() === "") return 'has no "sentence"';
  if (typeof v.source !== "string" || v.source.trim() === "") return 'has no "source"';
  const target = v.target ?? "";
  if (typeof target !== "string") return '"target" is not a string';
  if (typeof v.code !== "string" || !CODE_RE.test(v.code))
    return `has a bad "code": ${JSON.stringify(v.code)}`;
  const date = optString(v.date);
  if (date !== null && date !== "" && !DATE_RE.test(date))
    return `has a bad "date": ${JSON.stringify(v.date)}`;
  return {
    sentence,
    source: v.source,
    target,
    code: v.code,
    date: date === "" ? null : date,
    place: whole === null ? (optString(v.place) ?? "") : null,
    placeCountry: whole === null ? (optString(v.place_country) ?? "") : null,
  };
}

/** Parses story gold (`articles.jsonl`): one story per line. Bad events and lines are reported and skipped. */
export function parseGold(text: string, file: string): Parsed<GoldStory> {
  const problems: GoldProblem[] = [];
  const items: GoldStory[] = [];
  const seen = new Set<string>();
  for (const { line, json } of jsonLines(text, file, problems)) {
    if (typeof json.doc !== "string" || json.doc.trim() === "") {
      problems.push({ severity: "error", file, line, message: 'has no "doc"' });
      continue;
    }
    if (seen.has(json.doc)) {
      problems.push({ severity: "error", file, line, message: `repeats doc "${json.doc}"` });
      continue;
    }
    if (!Array.isArray(json.events)) {
      problems.push({ severity: "error", file, line, message: 'has no "events" array' });
      continue;
    }
    seen.add(json.doc);
    const events: CameoGold[] = [];
    json.events.forEach((ev: unknown, k) => {
      const parsed = cameoEvent(ev, null);
      if (typeof parsed === "string")
        problems.push({ severity: "error", file, line, message: `event ${k + 1} ${parsed}` });
      else events.push(parsed);
    });
    items.push({ doc: json.doc, published: optString(json.published), events, line });
  }
  return { items, problems };
}

function ploverActors(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const keys: string[] = [];
  for (const a of v) {
    if (isObject(a) && typeof a.code === "string" && a.code.trim() !== "") keys.push(countryKey(a.code));
  }
  return keys;
}

function ploverEvent(v: unknown, markup: string): PloverGold | string {
  if (!isObject(v)) return "is not an object";
  if (typeof v.event !== "string" || v.event.trim() === "") return 'has no "event"';
  const sources = ploverActors(v.source);
  const targets = ploverActors(v.target);
  return {
    event: ploverType(v.event),
    original: v.event,
    sources,
    targets,
    reciprocal: targets.length === 0 && sources.length > 1 && markup.includes("SRC/TAR"),
  };
}

/** Parses a sentence set: one sentence per line with `text`, `date` and expected `events`. */
export function parseSentences(text: string, file: string): Parsed<SentenceLine> {
  const problems: GoldProblem[] = [];
  const items: SentenceLine[] = [];
  const seen = new Set<string>();
  for (const { line, json } of jsonLines(text, file, problems)) {
    let id = typeof json.id === "string" && json.id !== "" ? json.id : `${file}:${line}`;
    if (typeof json.text !== "string" || json.text.trim() === "") {
      problems.push({ severity: "warning", file, line, message: 'has no "text": skipped' });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        severity: "warning",
        file,
        line,
        message: `repeats id "${id}": scored as "${id}@${line}"`,
      });
      id = `${id}@${line}`;
    }
    const rawEvents: unknown[] = Array.isArray(json.events) ? json.events : [];
    const plover =
      (typeof json.scheme === "string" && json.scheme.toUpperCase().startsWith("PLOVER")) ||
      rawEvents.some((e) => isObject(e) && typeof e.event === "string" && e.code === undefined);
    const noEventsExpected = json.noEventsExpected === true;
    const entry: SentenceLine = {
      id,
      line,
      text: json.text,
      date: optString(json.date),
      scheme: plover ? "plover" : "cameo",
      noEventsExpected,
      cameo: [],
      plover: [],
    };
    seen.add(id);
    if (!noEventsExpected) {
      const markup = optString(json.markup) ?? "";
      rawEvents.forEach((ev, k) => {
        const parsed = plover ? ploverEvent(ev, markup) : cameoEvent(ev, json.text as string);
        if (typeof parsed === "string")
          problems.push({ severity: "error", file, line, message: `event ${k + 1} ${parsed}` });
        else if (plover) entry.plover.push(parsed as PloverGold);
        else entry.cameo.push(parsed as CameoGold);
      });
    }
    items.push(entry);
  }
  return { items, problems };
}
