import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../model/types.js";
import { makeBareEvent, makeEvent } from "./fixtures.js";
import { toJsonl } from "./jsonl.js";

const CONTRACT_KEYS = [
  "story",
  "sentenceIndex",
  "sentence",
  "span",
  "trigger",
  "source",
  "target",
  "code",
  "root",
  "quad",
  "goldstein",
  "plover",
  "date",
  "dateStated",
  "place",
  "placeStated",
  "rule",
  "confidence",
];

describe("toJsonl", () => {
  it("writes one JSON object per line and round-trips", () => {
    const events = [makeEvent(), makeBareEvent()];
    const text = toJsonl(events);
    assert.ok(text.endsWith("\n"));
    const lines = text.split("\n").slice(0, -1);
    assert.equal(lines.length, 2);
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      events,
    );
  });

  it("keeps a newline inside the sentence escaped on its line", () => {
    const text = toJsonl([makeBareEvent()]);
    assert.equal(text.split("\n").length, 2);
    assert.equal(JSON.parse(text).sentence, makeBareEvent().sentence);
  });

  it("orders keys as in EventRecord, whatever order the record was built in", () => {
    const e = makeEvent();
    const shuffled = Object.fromEntries(Object.entries(e).reverse()) as unknown as EventRecord;
    shuffled.source = { entries: ["country.NOR"], text: "Norway", role: null, country: "NOR", code: "NOR" };
    const parsed = JSON.parse(toJsonl([shuffled]));
    assert.deepEqual(Object.keys(parsed), CONTRACT_KEYS);
    assert.deepEqual(Object.keys(parsed.source), ["code", "country", "role", "text", "entries"]);
    assert.deepEqual(Object.keys(parsed.place), ["name", "country", "lat", "lon"]);
  });

  it("drops fields outside the contract", () => {
    const e = { ...makeEvent(), debug: "x" } as EventRecord;
    assert.equal("debug" in JSON.parse(toJsonl([e])), false);
  });

  it("writes nothing for no events", () => {
    assert.equal(toJsonl([]), "");
  });
});
