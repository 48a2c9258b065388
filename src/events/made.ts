import type { ActorMention, EventRecord } from "../model/types.js";

/** An event coded so far in the story, with the mentions and head word that produced it. */
export interface Made {
  event: EventRecord;
  head: string;
  source: ActorMention;
  target: ActorMention | null;
}
