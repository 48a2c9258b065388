import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's data folder, resolved from this module (not from the working directory). */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../data");

export interface RawDictionary {
  path: string;
  /** Path relative to the data folder, used in messages and rule ids. */
  name: string;
  json: unknown;
  error: string | null;
}

/** Reads every JSON file of a dictionary folder (sorted, so loading is deterministic). */
export function readDictionaryFolder(folder: string): RawDictionary[] {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const path = join(folder, n);
    const name = relative(DATA_DIR, path);
    try {
      return { path, name, json: JSON.parse(readFileSync(path, "utf8")), error: null };
    } catch (e) {
      return { path, name, json: null, error: `does not parse as JSON: ${(e as Error).message}` };
    }
  });
}
