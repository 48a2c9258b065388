/** Geography: the gazetteer, place mentions and the places of events (see stage.ts). */
export { attachPlaces, placeForEvent } from "./attach.js";
export {
  type CountryInfo,
  createGazetteer,
  type Gazetteer,
  type GazHit,
  loadGazetteer,
  type PlaceKind,
} from "./gazetteer.js";
export { placeKey } from "./key.js";
export { findPlaces } from "./mentions.js";
export { geoStage } from "./stage.js";
