import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../model/types.js";
import { hostTarget, victimsOfPlace } from "./host.js";

const implied = { code: "NRL", country: "NRL", role: null, text: "", entries: [] };
const base: EventRecord = {
  story: "t",
  sentenceIndex: 0,
  sentence: "Norlandic activists staged a protest in Vardo.",
  span: [0, 46],
  trigger: [20, 26],
  source: { code: "NRLOPP", country: "NRL", role: "OPP", text: "Norlandic activists", entries: [] },
  target: implied,
  code: "141",
  root: "14",
  quad: 3,
  goldstein: -6.5,
  plover: null,
  date: "2025-06-30",
  dateStated: false,
  place: { name: "Vardo", country: "SDR", lat: null, lon: null },
  placeStated: true,
  rule: "141.stage-protest/active",
  confidence: 0.9,
};

describe("host target", () => {
  it("aims a protest staged abroad with an implied target at the host country", () => {
    const e = hostTarget(base);
    assert.equal(e.target?.code, "SDR");
    assert.equal(e.rule, "141.stage-protest/active/host");
  });
  it("aims a show of force with no target, staged abroad, at the host country", () => {
    assert.equal(hostTarget({ ...base, code: "150", root: "15", target: null }).target?.code, "SDR");
  });
  it("keeps a named target, a place at home, an unstated place and other roots", () => {
    const named = { ...base, target: { ...implied, text: "the Sudrian embassy", code: "SDRGOV" } };
    assert.equal(hostTarget(named).target?.code, "SDRGOV");
    const home = { ...base, place: { name: "Halvik", country: "NRL", lat: null, lon: null } };
    assert.equal(hostTarget(home).target?.code, "NRL");
    assert.equal(hostTarget({ ...base, placeStated: false }).target?.code, "NRL");
    assert.equal(hostTarget({ ...base, code: "040", root: "04" }).target?.code, "NRL");
  });
});

describe("victims of place", () => {
  const people = { code: "NRLCVL", country: "NRL", role: "CVL", text: "people", entries: ["role.civilians"] };
  const attack: EventRecord = {
    ...base,
    code: "190",
    root: "19",
    source: { code: "NRLREB", country: "NRL", role: "REB", text: "Norlandic rebels", entries: [] },
    target: people,
  };
  it("gives civilians whose country was guessed the country where they were harmed", () => {
    const e = victimsOfPlace(attack);
    assert.equal(e.target?.code, "SDRCVL");
    assert.match(e.rule, /victims-of-place$/);
  });
  it("keeps civilians named with a country, other roles and non-violent acts", () => {
    const named = { ...people, entries: ["country.NRL", "role.civilians"] };
    assert.equal(victimsOfPlace({ ...attack, target: named }).target?.code, "NRLCVL");
    const police = { ...people, role: "COP", code: "NRLCOP" };
    assert.equal(victimsOfPlace({ ...attack, target: police }).target?.code, "NRLCOP");
    assert.equal(victimsOfPlace({ ...attack, code: "040", root: "04" }).target?.code, "NRLCVL");
  });
});
