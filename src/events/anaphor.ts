import type { ActorMention, Token } from "../model/types.js";
import type { Made } from "./made.js";
import type { Trigger } from "./triggers.js";

/** Reactions to an act: condemning, denouncing, welcoming, praising it (roots 01–02, 05, 10–13). */
const REACTION_ROOTS = new Set(["01", "02", "05", "10", "11", "12", "13"]);

/**
 * "condemned the attack", "welcomed the release": when the object is a nominal event, the target
 * is whoever did that act — the latest earlier event of the story with the same root.
 */
export function eventAnaphor(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
  made: readonly Made[],
  limit: number,
): ActorMention | null {
  if (!REACTION_ROOTS.has(trig.pattern.entry.code.slice(0, 2))) return null;
  const object = triggers.find(
    (t) => t.pattern.kind === "noun" && t.head >= trig.end && t.head < Math.min(limit, trig.end + 5),
  );
  if (object === undefined) return null;
  const root = object.pattern.entry.code.slice(0, 2);
  for (let p = made.length - 1; p >= 0; p--) {
    if (made[p].event.root === root || made[p].head === object.pattern.head) return made[p].source;
  }
  void tokens;
  return null;
}
