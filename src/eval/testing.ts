/** Builders for hand-made engine events, used by the evaluation's tests. */
import type { EventActor, EventRecord, Place } from "../model/types.js";

export interface EventSpec {
  source: string;
  target?: string | null;
  code: string;
  sentenceIndex?: number;
  span?: [number, number];
  date?: string | null;
  place?: Place | null;
  plover?: string | null;
  rule?: string;
}

/** An engine event with only the fields the scorer reads filled in meaningfully. */
export function engineEvent(s: EventSpec): EventRecord {
  const actor = (code: string): EventActor => ({
    code,
    country: code.slice(0, 3),
    role: code.slice(3) || null,
    text: code,
    entries: [],
  });
  const span = s.span ?? [0, 1];
  return {
    story: "test",
    sentenceIndex: s.sentenceIndex ?? 0,
    sentence: `sentence ${s.sentenceIndex ?? 0}`,
    span,
    trigger: span,
    source: actor(s.source),
    target: s.target ? actor(s.target) : null,
    code: s.code,
    root: s.code.slice(0, 2),
    quad: 0,
    goldstein: 0,
    plover: s.plover ? { event: s.plover, mode: null } : null,
    date: s.date ?? null,
    dateStated: false,
    place: s.place ?? null,
    placeStated: false,
    rule: s.rule ?? "test-rule",
    confidence: 1,
  };
}

export function place(name: string, country: string): Place {
  return { name, country, lat: null, lon: null };
}
