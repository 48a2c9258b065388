import { historicStage } from "../actors/historic.js";
import { officeStage } from "../actors/office.js";
import { actorsStage } from "../actors/stage.js";
import { dedupeStage } from "../events/dedupe.js";
import { eventsStage } from "../events/stage.js";
import { geoStage } from "../geo/index.js";
import { tokenizeStage } from "../nlp/tokenize.js";
import { timeStage } from "../time/index.js";
import { buildPipeline } from "./pipeline.js";

/** Rift's coding pipeline: one literal list, checked when built. */
export const defaultPipeline = buildPipeline([
  tokenizeStage,
  actorsStage,
  eventsStage,
  timeStage,
  officeStage,
  geoStage,
  historicStage,
  dedupeStage,
]);
