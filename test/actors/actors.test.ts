import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeUpToEvents, fixtureKnowledge } from "../helpers/kb.js";

const kb = fixtureKnowledge();
const actors = (text: string, published: string | null = "2025-06-30") =>
  codeUpToEvents(text, kb, published).actors.map((a) => [a.text, a.code]);

describe("actor recognition", () => {
  it("composes a possessive country with a role noun", () => {
    assert.deepEqual(actors("Norland's Foreign Ministry spoke."), [["Norland's Foreign Ministry", "NRLGOV"]]);
  });
  it("composes a country adjective with a plural role noun through its lemma", () => {
    assert.deepEqual(actors("Sudrian authorities spoke."), [["Sudrian authorities", "SDRGOV"]]);
  });
  it("merges a run of role nouns, the first one giving the role", () => {
    assert.deepEqual(actors("Norlandic law enforcement authorities spoke."), [
      ["Norlandic law enforcement authorities", "NRLCOP"],
    ]);
  });
  it("takes the country of a role from 'in <capital>'", () => {
    assert.deepEqual(actors("Police in Halvik spoke."), [["Police in Halvik", "NRLCOP"]]);
  });
  it("codes a capital or seat of power as the government, but a capital after 'in' as a place", () => {
    const found = codeUpToEvents("The Amber Palace spoke about talks in Porto Vell.", kb).actors;
    assert.equal(found[0].code, "NRLGOV");
    assert.equal(found[1].locative, true);
  });
  it("codes a demonym as civilians of the country", () => {
    assert.deepEqual(actors("Sudrians gathered."), [["Sudrians", "SDRCVL"]]);
  });
  it("codes an organisation by its fixed code", () => {
    assert.deepEqual(actors("The United Nations spoke."), [["United Nations", "IGOUNO"]]);
  });
  it("codes a listed person by the office held on the story's date", () => {
    assert.equal(codeUpToEvents("Tomas Vey spoke.", kb, "2005-01-01").actors[0].code, "SDRGOV");
    assert.equal(codeUpToEvents("Tomas Vey spoke.", kb, "2015-01-01").actors[0].code, "SDROPP");
  });
  it("reuses a title-introduced person's actor for the bare surname later", () => {
    const found = codeUpToEvents("Sudrian Prime Minister Ola Dahl arrived. Later Dahl spoke.", kb).actors;
    assert.deepEqual(
      found.map((a) => [a.text, a.code, a.via]),
      [
        ["Sudrian Prime Minister Ola Dahl", "SDRGOV", "compose"],
        ["Dahl", "SDRGOV", "coref"],
      ],
    );
  });
  it("gives an appositive name the actor of its role", () => {
    const found = codeUpToEvents("Sudria's envoy, Karl Moss, left. Moss returned.", kb).actors;
    assert.equal(found.at(-1)?.code, "SDRGOV");
  });
  it("resolves a bare role to the latest mention with the same role", () => {
    const found = codeUpToEvents("Norland's Foreign Ministry spoke. The ministry said more.", kb).actors;
    assert.equal(found[1].code, "NRLGOV");
  });
  it("matches short all-caps names only in their exact case", () => {
    assert.deepEqual(actors("The US spoke to us."), [["US", "USA"]]);
  });
  it("folds curly apostrophes and accents when matching", () => {
    assert.deepEqual(actors("Norland’s Foreign Ministry spoke."), [["Norland’s Foreign Ministry", "NRLGOV"]]);
  });
  it("reads 'both countries' as the two actors the story is about", () => {
    const found = codeUpToEvents(
      "Norland accused Sudria. Sudria accused Norland. Both countries met.",
      kb,
    ).actors;
    const group = found.find((a) => a.text === "Both countries");
    assert.deepEqual(group?.members?.map((m) => m.code).sort(), ["NRL", "SDR"]);
  });
  it("gives 'his'/'her' + role the country of the latest official before it", () => {
    assert.deepEqual(actors("Sudrian Prime Minister Ola Dahl arrived in Halvik. His government fell."), [
      ["Sudrian Prime Minister Ola Dahl", "SDRGOV"],
      ["Halvik", "NRL"],
      ["government", "SDRGOV"],
    ]);
  });
  it("resolves 'the country' as the object of a verb of force to the latest other country", () => {
    const found = actors("Sudria is at war. The Norlandic army attacked the country on Monday.");
    assert.deepEqual(found[found.length - 1], ["the country", "SDR"]);
    assert.deepEqual(actors("Sudria is at war. Norland said the country would win."), [
      ["Sudria", "SDR"],
      ["Norland", "NRL"],
    ]);
  });
  it("does not give actors the country of a place that only says where a group is based", () => {
    assert.deepEqual(actors("A Halvik-based group said police arrested two men."), [
      ["Halvik", "NRL"],
      ["police", "---COP"],
      ["men", "---CVL"],
    ]);
  });
  it("takes a bare surname for a listed person only near their time in office or after their full name", () => {
    assert.deepEqual(actors("Vey spoke.", "2005-01-01"), [["Vey", "SDRGOV"]]);
    assert.deepEqual(actors("Vey spoke.", "1980-01-01"), []);
    assert.deepEqual(actors("Tomas Vey arrived. Later Vey spoke.", "1980-01-01"), [
      ["Tomas Vey", "SDRELI"],
      ["Vey", "SDRELI"],
    ]);
  });
  it("gives a name before an official's apposition that official's actor, also for its surname later", () => {
    assert.deepEqual(actors("Karl Lind, the Sudrian envoy, spoke. Later Lind met Norland."), [
      ["Karl Lind", "SDRGOV"],
      ["Sudrian envoy", "SDRGOV"],
      ["Lind", "SDRGOV"],
      ["Norland", "NRL"],
    ]);
    assert.deepEqual(actors("Karl Lind, a Sudrian journalist, spoke. Later Lind met Norland."), [
      ["Sudrian journalist", "SDRMED"],
      ["Norland", "NRL"],
    ]);
  });
  it("takes the story's country from its actors and places, not from the outlet that reports it", () => {
    const found = actors(
      "The Norland Herald reported on it. Clashes erupted in Sudria and in Sudria again. Police arrested men.",
    );
    assert.deepEqual(found.slice(3), [
      ["Police", "SDRCOP"],
      ["men", "SDRCVL"],
    ]);
  });
  it("does not give the dateline's country to actors of the story", () => {
    assert.deepEqual(actors("HALVIK — Men attacked the Sudrian envoy. Sudria protested.")[1], [
      "Men",
      "SDRCVL",
    ]);
  });
});
