/**
 * ISO 3166-1 alpha-3 → FIPS 10-4 country codes (data/cameo/iso3-fips.json), for GDELT's
 * *Geo_CountryCode columns. Loaded once on first use and never mutated afterwards.
 */
import { readFileSync } from "node:fs";

interface FipsFile {
  schema: string;
  fips: Record<string, string>;
}

const FIPS_URL = new URL("../../data/cameo/iso3-fips.json", import.meta.url);

let cached: ReadonlyMap<string, string> | null = null;

function table(): ReadonlyMap<string, string> {
  if (cached === null) {
    const file = JSON.parse(readFileSync(FIPS_URL, "utf8")) as FipsFile;
    if (file.schema !== "rift.iso3-fips/1")
      throw new Error(`iso3-fips.json: unexpected schema ${file.schema}`);
    cached = new Map(Object.entries(file.fips));
  }
  return cached;
}

/** "AZE" → "AJ"; null for region codes, "---" and anything unknown. */
export function iso3ToFips(iso3: string | null | undefined): string | null {
  return iso3 ? (table().get(iso3.toUpperCase()) ?? null) : null;
}

/** Every ISO alpha-3 code in the table. */
export function fipsCountries(): string[] {
  return [...table().keys()];
}
