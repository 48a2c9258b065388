import { join } from "node:path";
import { loadCameo } from "../cameo/codes.js";
import { DATA_DIR, readDictionaryFolder } from "./files.js";
import type { ActorEntry, HomeActEntry, PatternEntry, PlaceAliasEntry, VerdictEntry } from "./schema.js";
import { type DictIssue, type DictKind, validateDictionary } from "./validate.js";

export interface DictionaryReport {
  files: { name: string; kind: DictKind; version: string | null; entries: number }[];
  issues: DictIssue[];
  actors: ActorEntry[];
  patterns: PatternEntry[];
  places: PlaceAliasEntry[];
  homeActs: HomeActEntry[];
  verdicts: VerdictEntry[];
}

/** Reads and validates every dictionary under `dataDir/dict` (what `rift dict check` reports). */
export function checkDictionaries(dataDir = DATA_DIR): DictionaryReport {
  const cameo = loadCameo();
  const seen = new Map<string, string>();
  const report: DictionaryReport = {
    files: [],
    issues: [],
    actors: [],
    patterns: [],
    places: [],
    homeActs: [],
    verdicts: [],
  };
  const kinds: DictKind[] = ["actors", "patterns", "places", "verdicts"];
  for (const kind of kinds) {
    for (const raw of readDictionaryFolder(join(dataDir, "dict", kind))) {
      if (raw.error !== null) {
        report.issues.push({ file: raw.name, entry: null, message: raw.error });
        continue;
      }
      // The places folder also holds the country table of the gazetteer (schema rift.countries/1).
      const schema = (raw.json as { schema?: unknown } | null)?.schema;
      const fileKind: DictKind =
        kind === "places" && schema === "rift.home-acts/1"
          ? "home-acts"
          : kind === "places" && typeof schema === "string" && schema.startsWith("rift.countries/")
            ? "countries"
            : kind;
      const { entries, issues } = validateDictionary<unknown>(
        fileKind,
        raw.name,
        raw.json,
        seen,
        (c) => cameo.info(c) !== null,
      );
      report.issues.push(...issues);
      const version = (raw.json as { version?: unknown }).version;
      report.files.push({
        name: raw.name,
        kind: fileKind,
        version: typeof version === "string" ? version : null,
        entries: entries.length,
      });
      if (kind === "actors") report.actors.push(...(entries as ActorEntry[]));
      else if (kind === "patterns") report.patterns.push(...(entries as PatternEntry[]));
      else if (fileKind === "places") report.places.push(...(entries as PlaceAliasEntry[]));
      else if (fileKind === "home-acts") report.homeActs.push(...(entries as HomeActEntry[]));
      else if (fileKind === "verdicts") report.verdicts.push(...(entries as VerdictEntry[]));
    }
  }
  return report;
}
