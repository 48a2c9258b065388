/**
 * Builds data/dict/actors/countries.json: one CountryEntry per ISO 3166-1 country or territory.
 *
 *   npx tsx scripts/build-countries.ts
 *
 * Base: the npm package world-countries (common and official names, Latin-script alternative
 * spellings, English demonyms, capitals). Over it: scripts/country-overrides.json (the names
 * news uses, historic states, seats of power, ambiguous words removed). Plural demonyms
 * ("Azerbaijanis") are derived from the adjectives unless the adjective is invariable
 * ("Chinese", "Swiss") or listed in `noPlural`.
 *
 * Every string is assigned to at most one country: when two countries claim the same string
 * (e.g. "Congolese", "Kingston"), the first claimant in the order below keeps it and the build
 * reports the collision.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CountryEntry, DictionaryFile } from "../src/dict/schema.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = resolve(ROOT, "data/dict/actors/countries.json");
const OVERRIDES = resolve(ROOT, "scripts/country-overrides.json");
const VERSION = "2026.11.1";

interface WorldCountry {
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
}

type Field = "names" | "adjectives" | "demonyms" | "capitals" | "seats";
const FIELDS: Field[] = ["names", "adjectives", "demonyms", "capitals", "seats"];
type Lists = Record<Field, string[]>;

interface Override {
  add?: Partial<Lists>;
  remove?: Partial<Lists>;
}
interface Overrides {
  rename: Record<string, string>;
  noPlural: string[];
  countries: Record<string, Override>;
  extra: (Lists & { code: string; note?: string })[];
}

const require = createRequire(import.meta.url);
const world = require("world-countries/countries.json") as WorldCountry[];
const overrides = JSON.parse(readFileSync(OVERRIDES, "utf8")) as Overrides;

/** Latin script only (names in other scripts can never match English news text). */
const LATIN = /^[\u0020-\u024F\u1E00-\u1EFF\u2019]+$/;

/** Alternative spellings worth keeping: Latin script, longer than an ISO-2 code, no "X, the" inversions. */
function usableAlt(s: string): boolean {
  return s.length > 2 && LATIN.test(s) && !s.includes(",") && !s.includes("(");
}

/** English plural of a demonym adjective, or null when the adjective is its own plural. */
function plural(adjective: string): string | null {
  if (/(ese|ish|ch|sh|ss|s|x|z|y)$/i.test(adjective)) return null;
  return `${adjective}s`;
}

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ""))];

function baseLists(c: WorldCountry): Lists {
  const adj = c.demonyms?.eng ? uniq([c.demonyms.eng.m, c.demonyms.eng.f]) : [];
  // "Antiguan, Barbudan", "Kittitian or Nevisian": split compound demonyms.
  const adjectives = adj.flatMap((a) => a.split(/,\s*|\s+or\s+/));
  return {
    names: uniq([c.name.common, c.name.official, ...c.altSpellings.filter(usableAlt)]),
    adjectives: uniq(adjectives),
    demonyms: [],
    capitals: uniq(c.capital),
    seats: [],
  };
}

function applyOverride(lists: Lists, o: Override | undefined): Lists {
  if (!o) return lists;
  const out = { ...lists };
  for (const f of FIELDS) {
    const remove = new Set(o.remove?.[f] ?? []);
    out[f] = uniq([...out[f].filter((x) => !remove.has(x)), ...(o.add?.[f] ?? [])]);
  }
  return out;
}

// Independent states first, so they win collisions with their territories.
const ordered = [...world].sort((a, b) => {
  const ia = a.independent === true ? 0 : 1;
  const ib = b.independent === true ? 0 : 1;
  return ia - ib || a.cca3.localeCompare(b.cca3);
});

const noPlural = new Set(overrides.noPlural);
const drafts: { code: string; lists: Lists }[] = [];
for (const c of ordered) {
  const code = overrides.rename[c.cca3] ?? c.cca3;
  let lists = applyOverride(baseLists(c), overrides.countries[c.cca3]);
  if (code !== c.cca3) lists = applyOverride(lists, overrides.countries[code]);
  drafts.push({ code, lists });
}
for (const e of overrides.extra) {
  drafts.push({
    code: e.code,
    lists: {
      names: e.names,
      adjectives: e.adjectives,
      demonyms: e.demonyms,
      capitals: e.capitals,
      seats: e.seats,
    },
  });
}

// Derived plural demonyms, then: no string may be both a name and an adjective of one country
// (the name wins), and no string may belong to two countries (the first claimant wins).
const claimed = new Map<string, string>();
const collisions: string[] = [];
const key = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
const entries: CountryEntry[] = [];
for (const { code, lists } of drafts) {
  const derived = lists.adjectives.filter((a) => !noPlural.has(a)).map(plural);
  lists.demonyms = uniq([...lists.demonyms, ...(derived.filter((d) => d !== null) as string[])]);
  const entry: CountryEntry = {
    id: `country.${code}`,
    type: "country",
    code,
    names: [],
    adjectives: [],
    demonyms: [],
    capitals: [],
    seats: [],
  };
  for (const f of FIELDS) {
    for (const s of lists[f]) {
      const k = key(s);
      const owner = claimed.get(k);
      if (owner !== undefined) {
        if (owner !== `${code}`) collisions.push(`${f} "${s}": kept by ${owner}, dropped from ${code}`);
        continue;
      }
      claimed.set(k, code);
      entry[f].push(s);
    }
  }
  entries.push(entry);
}

entries.sort((a, b) => a.code.localeCompare(b.code));
const file: DictionaryFile<CountryEntry> = {
  schema: "rift.actors/1",
  version: VERSION,
  source:
    "world-countries 5.1.0 (mledoze/countries, ODbL): ISO 3166-1 codes, names, demonyms, capitals; merged with scripts/country-overrides.json (news usage, historic ISO 3166-3 states, seats of power); built by scripts/build-countries.ts",
  entries,
};

// One entry per line keeps diffs readable.
const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
const header = JSON.stringify(
  { schema: file.schema, version: file.version, source: file.source },
  null,
  2,
).slice(0, -2);
writeFileSync(OUT, `${header},\n  "entries": [\n${body}\n  ]\n}\n`);
console.log(`wrote ${entries.length} countries to ${OUT}`);
if (collisions.length > 0) console.log(`collisions (first claimant kept):\n  ${collisions.join("\n  ")}`);
