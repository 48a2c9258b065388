/**
 * JSON Lines: one EventRecord per line, keys in the order of the EventRecord interface
 * (nested actor, place and PLOVER objects too), so output is stable whatever built the records.
 * Fields outside the contract are dropped.
 */
import type { EventActor, EventRecord, Place, PloverRef } from "../model/types.js";

function actor(a: EventActor): EventActor {
  return { code: a.code, country: a.country, role: a.role, text: a.text, entries: [...a.entries] };
}

function place(p: Place): Place {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

function plover(p: PloverRef): PloverRef {
  return { event: p.event, mode: p.mode };
}

/** A copy of the record with keys in contract order. */
export function orderedRecord(e: EventRecord): EventRecord {
  return {
    story: e.story,
    sentenceIndex: e.sentenceIndex,
    sentence: e.sentence,
    span: [e.span[0], e.span[1]],
    trigger: [e.trigger[0], e.trigger[1]],
    source: actor(e.source),
    target: e.target ? actor(e.target) : null,
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover ? plover(e.plover) : null,
    date: e.date,
    dateStated: e.dateStated,
    place: e.place ? place(e.place) : null,
    placeStated: e.placeStated,
    rule: e.rule,
    confidence: e.confidence,
  };
}

/** One JSON object per line, each line ending in "\n"; "" for no events. */
export function toJsonl(events: readonly EventRecord[]): string {
  return events.map((e) => `${JSON.stringify(orderedRecord(e))}\n`).join("");
}
