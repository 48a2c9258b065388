import { buildLexicon } from "../actors/lexicon.js";
import { loadCameo } from "../cameo/codes.js";
import { buildPatternIndex } from "../events/patterns.js";
import { loadGazetteer } from "../geo/gazetteer.js";
import { checkDictionaries } from "./check.js";
import { DATA_DIR } from "./files.js";
import type { Knowledge } from "./knowledge.js";
import type { DictIssue } from "./validate.js";

export { checkDictionaries } from "./check.js";

export class DictionaryError extends Error {
  constructor(readonly issues: DictIssue[]) {
    super(
      `the dictionaries have ${issues.length} problem(s); run "rift dict check" for all of them. First: ${issues
        .slice(0, 3)
        .map((i) => `${i.file}${i.entry ? ` [${i.entry}]` : ""}: ${i.message}`)
        .join("; ")}`,
    );
  }
}

/** Loads the shipped knowledge; refuses dictionaries that do not validate. */
export function loadKnowledge(dataDir = DATA_DIR): Knowledge {
  const report = checkDictionaries(dataDir);
  if (report.issues.length > 0) throw new DictionaryError(report.issues);
  const versions = report.files.map((f) => `${f.name}@${f.version}`).join(",");
  return {
    version: versions,
    actors: buildLexicon(report.actors),
    patterns: buildPatternIndex(report.patterns),
    gazetteer: loadGazetteer(report.places),
    cameo: loadCameo(),
    homeActs: new Map(report.homeActs.flatMap((e) => e.codes.map((c) => [c, e.id] as const))),
    verdicts: new Map(
      report.verdicts.flatMap((e) => e.words.map((w) => [w, { id: e.id, code: e.code }] as const)),
    ),
  };
}
