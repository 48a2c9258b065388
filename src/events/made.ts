import type { ActorMention, EventRecord } from "../model/types.js";
import type { Trigger } from "./triggers.js";

/** An event coded so far in the story, with the mentions and head word that produced it. */
export interface Made {
  event: EventRecord;
  head: string;
  source: ActorMention;
  target: ActorMention | null;
}

/** An act found by a construction of English rather than a pattern: "X said Y must …". */
export interface Construed {
  trigger: Trigger;
  source: ActorMention;
  target: ActorMention;
}
