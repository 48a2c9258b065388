import type { Doc } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { attachPlaces } from "./attach.js";
import { datelinePlace } from "./dateline.js";
import { homePlace } from "./home.js";
import { findPlaces } from "./mentions.js";

/**
 * Finds the place names of the story in the gazetteer (kb.gazetteer) and places every event:
 * where the sentence says it happened; else, for acts done at home (summoning an envoy), the
 * source's capital; else the dateline's place when it is one of the actors' countries; else, for
 * a domestic event, its country. An international event with no stated place has none.
 */
export const geoStage: Stage = {
  name: "geo",
  reads: ["story", "sentences", "tokens", "actors", "events"],
  writes: ["places", "events"],
  run(doc, kb): Doc {
    const places = findPlaces(doc, kb.gazetteer);
    const dateline = datelinePlace(doc.story.text, kb.gazetteer);
    const events = attachPlaces(doc, kb.gazetteer, doc.events, places, dateline, homePlace(kb));
    return { ...doc, places, events };
  },
};
