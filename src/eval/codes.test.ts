import assert from "node:assert/strict";
import { test } from "node:test";
import { countryKey, fullCode, placeKey, ploverQuad, ploverType, quadOfRoot, rootOf } from "./codes.js";

test("countryKey takes the first three characters and maps legacy codes", () => {
  assert.equal(countryKey("AZEGOV"), "AZE");
  assert.equal(countryKey("aze"), "AZE");
  assert.equal(countryKey("JAP"), "JPN");
  assert.equal(countryKey("ITLGOV"), "ITA");
  assert.equal(countryKey("VTN"), "VNM");
  assert.equal(countryKey("ISM"), "---");
  assert.equal(countryKey("IGOUNO"), "IGO");
  assert.equal(countryKey("NGOHRI"), "NGO");
  assert.equal(countryKey("---REB"), "---");
  assert.equal(countryKey(""), "");
  assert.equal(countryKey(null), "");
  assert.equal(countryKey(undefined), "");
});

test("fullCode compares whole actor codes", () => {
  assert.equal(fullCode(" azegov "), "AZEGOV");
  assert.equal(fullCode(null), "");
});

test("rootOf is the first two digits", () => {
  assert.equal(rootOf("1121"), "11");
  assert.equal(rootOf("042"), "04");
  assert.equal(rootOf("20"), "20");
});

test("quad classes: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4", () => {
  const expected: Array<[string, number]> = [
    ["01", 1],
    ["05", 1],
    ["06", 2],
    ["09", 2],
    ["10", 3],
    ["14", 3],
    ["15", 4],
    ["20", 4],
    ["00", 0],
    ["21", 0],
    ["x1", 0],
  ];
  for (const [root, quad] of expected) assert.equal(quadOfRoot(root), quad, root);
});

test("old PLOVER names map to the current types", () => {
  assert.equal(ploverType("DEMAND"), "REQUEST");
  assert.equal(ploverType("disapprove"), "ACCUSE");
  assert.equal(ploverType("INVESTIGATE"), "ACCUSE");
  assert.equal(ploverType("FIGHT"), "ASSAULT");
  assert.equal(ploverType("AGREE"), "AGREE");
  assert.equal(ploverQuad("FIGHT"), 4);
  assert.equal(ploverQuad("DEMAND"), 3);
  assert.equal(ploverQuad("RETREAT"), 2);
  assert.equal(ploverQuad("CONSULT"), 1);
  assert.equal(ploverQuad("NOPE"), 0);
});

test("placeKey ignores case, diacritics and spacing", () => {
  assert.equal(placeKey(" São  Paulo "), "sao paulo");
  assert.equal(placeKey("BAKU"), placeKey("baku"));
  assert.equal(placeKey(null), "");
});
