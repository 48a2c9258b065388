import type { Doc } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { attachPlaces } from "./attach.js";
import { datelinePlace } from "./dateline.js";
import { findPlaces } from "./mentions.js";

/**
 * Finds the place names of the story in the gazetteer (kb.gazetteer) and places every event:
 * where the sentence says it happened, or else the source's (then the target's) country.
 */
export const geoStage: Stage = {
  name: "geo",
  reads: ["story", "sentences", "tokens", "actors", "events"],
  writes: ["places", "events"],
  run(doc, kb): Doc {
    const places = findPlaces(doc, kb.gazetteer);
    const events = attachPlaces(
      doc,
      kb.gazetteer,
      doc.events,
      places,
      datelinePlace(doc.story.text, kb.gazetteer),
    );
    return { ...doc, places, events };
  },
};
