import type { Token } from "../model/types.js";
import type { Made } from "./made.js";
import type { Trigger } from "./triggers.js";

/**
 * "militants killed 20 people in a car bombing": a violent nominal event introduced by
 * in/with/by right after a violent verb's event in the same sentence is that event, more
 * specific. Returns the verb's event (to be replaced), or null.
 */
export function meansOf(
  tokens: readonly Token[],
  trig: Trigger,
  made: readonly Made[],
  sentence: number,
): Made | null {
  const root = Number(trig.pattern.entry.code.slice(0, 2));
  if (root < 18) return null;
  let j = trig.start - 1;
  while (j >= 0 && (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].pos === "NOUN")) j--;
  if (j < 0 || !["in", "with", "by", "during"].includes(tokens[j].normal)) return null;
  for (let p = made.length - 1; p >= 0; p--) {
    const m = made[p];
    if (m.event.sentenceIndex !== sentence) break;
    const start = m.event.trigger[0];
    if (Number(m.event.root) >= 18 && start < tokens[j].start && tokens[j].start - m.event.span[1] < 40)
      return m;
  }
  return null;
}
