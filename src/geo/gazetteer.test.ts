import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { DictionaryFile, PlaceAliasEntry } from "../dict/schema.js";
import { type CountryInfo, loadGazetteer } from "./gazetteer.js";
import { placeKey } from "./key.js";

const dir = new URL("../../data/dict/places/", import.meta.url);
const aliases = JSON.parse(
  readFileSync(new URL("aliases.json", dir), "utf8"),
) as DictionaryFile<PlaceAliasEntry>;
const countries = JSON.parse(
  readFileSync(new URL("countries.json", dir), "utf8"),
) as DictionaryFile<CountryInfo>;
const gazetteer = loadGazetteer();

test("place keys ignore case, accents, apostrophes and hyphens", () => {
  assert.equal(placeKey("Sana'a"), placeKey("Sanaa"));
  assert.equal(placeKey("Al-Faw"), placeKey("al Faw"));
  assert.equal(placeKey("Kandahār"), "kandahar");
  assert.equal(placeKey("St. Petersburg"), placeKey("St Petersburg"));
});

test("lookup: spellings, countries and ranking", () => {
  assert.equal(gazetteer.lookup("kiev")[0].name, "Kyiv");
  assert.equal(gazetteer.lookup("Groznyy")[0].name, "Grozny");
  assert.equal(gazetteer.lookup("Ekaterinburg")[0].country, "RUS");
  assert.equal(gazetteer.lookup("Paris")[0].country, "FRA");
  assert.equal(gazetteer.lookup("Lebanon")[0].kind, "country");
  assert.equal(gazetteer.lookup("U.S.")[0].country, "USA");
  assert.equal(gazetteer.lookup("Darfur")[0].country, "SDN");
  assert.deepEqual(gazetteer.lookup("Xyzzyville"), []);
  // An alias of a GeoNames city is one place, not two.
  assert.equal(gazetteer.lookup("Kyiv").filter((h) => h.country === "UKR").length, 1);
});

test("countries: alpha-3 lookup with centroid", () => {
  const ukr = gazetteer.country("UKR");
  assert.equal(ukr?.name, "Ukraine");
  assert.equal(ukr?.alpha2, "UA");
  assert.ok(ukr && ukr.lat > 44 && ukr.lat < 53);
  assert.equal(gazetteer.country("---"), null);
  assert.equal(gazetteer.country("IGO"), null);
});

test("countries.json: unique codes and plausible centroids", () => {
  assert.equal(countries.schema, "rift.countries/1");
  const codes = new Set<string>();
  for (const c of countries.entries) {
    assert.match(c.alpha3, /^[A-Z]{3}$/);
    assert.ok(!codes.has(c.alpha3), `duplicate ${c.alpha3}`);
    codes.add(c.alpha3);
    assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, c.alpha3);
    assert.ok(c.names.includes(c.name), c.alpha3);
  }
  assert.ok(codes.size > 240);
});

test("aliases.json: valid entries, known countries, unique ids", () => {
  assert.equal(aliases.schema, "rift.places/1");
  const ids = new Set<string>();
  for (const a of aliases.entries) {
    assert.match(a.id, /^place\.[a-z0-9-]+$/);
    assert.ok(!ids.has(a.id), `duplicate ${a.id}`);
    ids.add(a.id);
    assert.ok(a.type === "city" || a.type === "region", a.id);
    assert.ok(gazetteer.country(a.country), `${a.id}: unknown country ${a.country}`);
    assert.ok(Math.abs(a.lat) <= 90 && Math.abs(a.lon) <= 180, a.id);
    assert.ok(!a.aliases.includes(a.name), `${a.id}: alias repeats the name`);
  }
  assert.ok(aliases.entries.length >= 150);
});

test("aliases.json: a city alias lies near the same-named GeoNames city of its country", () => {
  for (const a of aliases.entries) {
    if (a.type !== "city") continue;
    for (const name of [a.name, ...a.aliases]) {
      for (const hit of gazetteer.lookup(name)) {
        if (hit.source !== "geonames" || hit.country !== a.country) continue;
        const far = Math.abs(hit.lat - a.lat) > 1 || Math.abs(hit.lon - a.lon) > 1;
        // Same-named towns elsewhere in the country are allowed; a same-named big city is not.
        assert.ok(
          !far || hit.population < 200_000,
          `${a.id}: ${name} is ${hit.name} at ${hit.lat},${hit.lon}`,
        );
      }
    }
  }
});

test("every country code of the actor dictionary has a country place (for the fallback)", () => {
  const file = new URL("../../data/dict/actors/countries.json", import.meta.url);
  const actors = JSON.parse(readFileSync(file, "utf8")) as DictionaryFile<{ code: string }>;
  const missing = actors.entries.map((e) => e.code).filter((code) => gazetteer.country(code) === null);
  assert.deepEqual(missing, []);
});
