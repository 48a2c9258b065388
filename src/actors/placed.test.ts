import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeUpToEvents, fixtureKnowledge } from "../../test/helpers/kb.js";
import type { GazHit } from "../geo/gazetteer.js";
import { placeCountries } from "./placed.js";

const kb = fixtureKnowledge();
const hit = (name: string, country: string, population: number): GazHit =>
  ({
    id: `geo.${name}`,
    name,
    country,
    lat: 0,
    lon: 0,
    kind: "city",
    population,
    capital: false,
    adminSeat: false,
  }) as GazHit;
const GAZ: Record<string, GazHit[]> = {
  Vardo: [hit("Vardo", "SDR", 50_000)],
  Springfield: [hit("Springfield", "USA", 160_000), hit("Springfield", "NRL", 20_000)],
};
const lookup = (name: string) => GAZ[name] ?? [];

function codes(text: string): string[][] {
  const doc = codeUpToEvents(text, kb);
  return placeCountries(doc.actors, doc.tokens, lookup).map((m) => [m.text, m.code]);
}

describe("roles named with a city or region", () => {
  it("take the country of the place after in/from/of", () => {
    assert.deepEqual(codes("Police in Vardo arrested two journalists."), [
      ["Police", "SDRCOP"],
      ["journalists", "---MED"],
    ]);
  });
  it("prefer a same-named place in a country the story names", () => {
    assert.deepEqual(codes("Norland said police in Springfield arrested men.")[1], ["police", "NRLCOP"]);
  });
  it("leave roles without such a place alone", () => {
    assert.deepEqual(codes("Police arrested two journalists in Vardo.")[0], ["Police", "---COP"]);
  });
});
