import { fileURLToPath } from "node:url";
import { buildLexicon } from "../../src/actors/lexicon.js";
import { actorsStage } from "../../src/actors/stage.js";
import { loadCameo } from "../../src/cameo/codes.js";
import { checkDictionaries } from "../../src/dict/check.js";
import type { Knowledge } from "../../src/dict/knowledge.js";
import { buildPatternIndex } from "../../src/events/patterns.js";
import { eventsStage } from "../../src/events/stage.js";
import type { Gazetteer } from "../../src/geo/gazetteer.js";
import { type Doc, newDoc, type Story } from "../../src/model/types.js";
import { tokenizeStage } from "../../src/nlp/tokenize.js";
import { buildPipeline } from "../../src/pipeline/pipeline.js";

/** The small made-up test dictionary under test/fixtures/kb (countries Norland, Sudria…). */
export const FIXTURE_DATA = fileURLToPath(new URL("../fixtures/kb", import.meta.url));

const emptyGazetteer = { lookup: () => [], country: () => null } as unknown as Gazetteer;

export function fixtureKnowledge(): Knowledge {
  const report = checkDictionaries(FIXTURE_DATA);
  if (report.issues.length > 0) throw new Error(JSON.stringify(report.issues));
  return {
    version: "fixture",
    actors: buildLexicon(report.actors),
    patterns: buildPatternIndex(report.patterns),
    gazetteer: emptyGazetteer,
    cameo: loadCameo(),
    homeActs: new Map(),
    verdicts: new Map([["illegal", { id: "verdict.test", code: "111" }]]),
  };
}

export function story(text: string, published: string | null = "2025-06-30", id = "test"): Story {
  return {
    id,
    url: null,
    title: null,
    published,
    text,
    origin: { file: null, line: null, format: "inline" },
  };
}

const upToEvents = buildPipeline([tokenizeStage, actorsStage, eventsStage]);

/** Runs tokenize → actors → events on a text with the fixture dictionary. */
export function codeUpToEvents(
  text: string,
  kb = fixtureKnowledge(),
  published: string | null = "2025-06-30",
): Doc {
  return upToEvents.run(newDoc(story(text, published)), kb);
}
