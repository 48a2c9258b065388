/**
 * Writes data/dict/places/countries.json from the `world-countries` package: ISO 3166-1
 * alpha-2 and alpha-3 codes, the English name, the names a story may use for the country,
 * and a representative point (world-countries' latlng) used as the country's centroid.
 *
 *   npx tsx scripts/build-places.ts
 *
 * Run it again after upgrading world-countries; review the diff.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";

// The package's typings describe a CommonJS default export; read its JSON directly.
import type { CountryInfo } from "../src/geo/gazetteer.js";

const countries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

/** The country table entry, as the gazetteer reads it. */
type CountryOut = CountryInfo;

/** Everyday English names world-countries lacks (or spells otherwise). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ["U.S.", "U.S.A.", "US", "America", "United States"],
  GBR: ["Britain", "Great Britain", "UK", "U.K."],
  TUR: ["Turkey"],
  COD: ["Democratic Republic of Congo", "Congo-Kinshasa", "DRC", "Zaire"],
  COG: ["Congo-Brazzaville", "Congo Republic"],
  CZE: ["Czech Republic"],
  MKD: ["Macedonia"],
  MMR: ["Burma"],
  PRK: ["DPRK"],
  KOR: ["Republic of Korea"],
  PSE: ["Palestinian territories", "Palestinian Territories", "occupied Palestinian territories"],
  VAT: ["Vatican", "Holy See"],
  BIH: ["Bosnia"],
  TTO: ["Trinidad"],
  FLK: ["Falklands"],
  CPV: ["Cabo Verde"],
  SWZ: ["Swaziland"],
  ARE: ["UAE", "U.A.E."],
  CIV: ["Ivory Coast"],
  IRN: ["Persia"],
};

/** Codes the actor dictionary uses instead of world-countries' (Kosovo: XKX, not the UN's UNK). */
const RENAME: Record<string, string> = { UNK: "XKX" };

/** Former countries that CAMEO and older stories need, with their ISO 3166-3 former alpha-2 codes. */
const HISTORIC: CountryOut[] = [
  {
    id: "geo.country.SUN",
    alpha2: "SU",
    alpha3: "SUN",
    name: "Soviet Union",
    names: ["Soviet Union", "USSR", "U.S.S.R."],
    lat: 60,
    lon: 100,
  },
  {
    id: "geo.country.YUG",
    alpha2: "YU",
    alpha3: "YUG",
    name: "Yugoslavia",
    names: ["Yugoslavia"],
    lat: 44,
    lon: 20.5,
  },
  {
    id: "geo.country.CSK",
    alpha2: "CS",
    alpha3: "CSK",
    name: "Czechoslovakia",
    names: ["Czechoslovakia"],
    lat: 49.5,
    lon: 17,
  },
  {
    id: "geo.country.YMD",
    alpha2: "YD",
    alpha3: "YMD",
    name: "South Yemen",
    names: ["South Yemen", "People's Democratic Republic of Yemen"],
    lat: 15,
    lon: 48,
  },
  {
    id: "geo.country.DDR",
    alpha2: "DD",
    alpha3: "DDR",
    name: "East Germany",
    names: ["East Germany", "German Democratic Republic"],
    lat: 52,
    lon: 12.5,
  },
];

/** An alternative spelling is kept when it is plain Latin text and not a code or an inverted form. */
function usable(name: string): boolean {
  if (name.length < 3 || name.includes(",")) return false;
  if (!/^[\p{Script=Latin}\s.'’()-]+$/u.test(name)) return false;
  // Lower-case three-letter forms ("Lao") are words, not names.
  return name.length > 3 || name === name.toUpperCase();
}

function build(): CountryOut[] {
  const out: CountryOut[] = [];
  for (const c of countries) {
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) if (usable(alt)) names.add(alt);
    for (const extra of EXTRA_NAMES[c.cca3] ?? []) names.add(extra);
    // Adjectives are actors, not places.
    names.delete("Togolese");
    const alpha3 = RENAME[c.cca3] ?? c.cca3;
    out.push({
      id: `geo.country.${alpha3}`,
      alpha2: c.cca2,
      alpha3,
      name: c.name.common,
      names: [...names],
      lat: c.latlng[0],
      lon: c.latlng[1],
    });
  }
  out.push(...HISTORIC);
  out.sort((a, b) => a.alpha3.localeCompare(b.alpha3));
  return out;
}

const file = new URL("../data/dict/places/countries.json", import.meta.url);
const entries = build();
const doc = {
  schema: "rift.countries/1",
  version: "2025.07.1",
  source:
    "world-countries 5.1.0 (ODbL-1.0; cca2, cca3, name, altSpellings, latlng) plus scripts/build-places.ts",
  entries,
};
writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
process.stdout.write(`wrote ${entries.length} countries to ${file.pathname}\n`);
