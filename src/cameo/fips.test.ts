import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { fipsCountries, iso3ToFips } from "./fips.js";

// world-countries (a devDependency) is CommonJS with ESM-style typings: load its data file directly.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as { cca3: string }[];

describe("ISO3 → FIPS 10-4", () => {
  it("maps the codes that differ between the two systems", () => {
    const cases: Record<string, string> = {
      USA: "US",
      RUS: "RS",
      AZE: "AJ",
      DEU: "GM",
      GBR: "UK",
      CHN: "CH",
      CHE: "SZ",
      AUS: "AS",
      AUT: "AU",
      IRQ: "IZ",
      ISR: "IS",
      UKR: "UP",
      ZAF: "SF",
      SRB: "RI",
      SSD: "OD",
      XKX: "KV",
      PSE: "WE",
    };
    for (const [iso3, fips] of Object.entries(cases)) assert.equal(iso3ToFips(iso3), fips, iso3);
  });

  it("returns null for regions, placeholders and unknown codes", () => {
    for (const code of ["---", "EUR", "MEA", "", null, undefined, "ZZZ"])
      assert.equal(iso3ToFips(code), null);
  });

  it("covers every ISO 3166-1 country except the split US Minor Outlying Islands", () => {
    const have = new Set(fipsCountries());
    const missing = countries
      .map((c) => c.cca3)
      .filter((c) => !have.has(c) && c !== "UMI" && c !== "UNK" /* Kosovo: XKX here */);
    assert.deepEqual(missing, []);
    for (const code of have) assert.match(iso3ToFips(code) ?? "", /^[A-Z]{2}$/, code);
  });
});
