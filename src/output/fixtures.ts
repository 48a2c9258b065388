/**
 * Hand-built EventRecord fixtures for the output tests (made-up sentences, no news text).
 */
import type { EventRecord } from "../model/types.js";

export function makeEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    story: "story-1",
    sentenceIndex: 2,
    sentence: "Norway's trade minister criticised Chile over fishing quotas.",
    span: [120, 181],
    trigger: [144, 154],
    source: {
      code: "NORGOV",
      country: "NOR",
      role: "GOV",
      text: "Norway's trade minister",
      entries: ["country.NOR", "role.minister"],
    },
    target: { code: "CHL", country: "CHL", role: null, text: "Chile", entries: ["country.CHL"] },
    code: "111",
    root: "11",
    quad: 3,
    goldstein: -2,
    plover: { event: "ACCUSE", mode: "disapprove" },
    date: "2031-03-14",
    dateStated: true,
    place: { name: "Oslo", country: "NOR", lat: 59.91, lon: 10.75 },
    placeStated: true,
    rule: "111.criticise+country.NOR+role.minister",
    confidence: 0.8,
    ...overrides,
  };
}

/** A second event with no target, no place and no date, plus awkward characters. */
export function makeBareEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return makeEvent({
    story: "story-2",
    sentenceIndex: 0,
    sentence: 'Rebels said, "we will fight on"\nafter the\ttruce collapsed.',
    span: [0, 58],
    trigger: [36, 41],
    source: { code: "REB", country: null, role: "REB", text: "Rebels", entries: ["role.rebels"] },
    target: null,
    code: "190",
    root: "19",
    quad: 4,
    goldstein: -10,
    plover: { event: "ASSAULT", mode: null },
    date: null,
    dateStated: false,
    place: null,
    placeStated: false,
    rule: "190.fight",
    confidence: 0.5,
    ...overrides,
  });
}
