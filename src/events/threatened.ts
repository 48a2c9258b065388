import type { Token } from "../model/types.js";
import { threatCode } from "./future.js";
import type { Trigger } from "./triggers.js";

/** "threatened to break relations": the threat takes its specific code from the threatened act. */
export function threatenedCode(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
): string | null {
  if (trig.pattern.entry.code !== "130") return null;
  const act = infinitiveAct(tokens, trig, triggers);
  return act ? threatCode(act.pattern.entry.code) : null;
}

/**
 * "pledged to expel", "agreed in principle to provide aid": a generic promise (030) followed by
 * the promised act. The act carries the event (as an intent, see future.ts), not the promise.
 */
export function carriesPromise(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
): boolean {
  return (
    trig.pattern.entry.code === "030" &&
    trig.pattern.kind === "verb" &&
    infinitiveAct(tokens, trig, triggers, 6) !== undefined
  );
}

/** The verb trigger of an infinitive right after `trig` ("threatened to expel"). */
function infinitiveAct(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
  reach = 3,
): Trigger | undefined {
  return triggers.find(
    (t) =>
      t.pattern.kind === "verb" &&
      t.start > trig.end - 1 &&
      t.start <= trig.end + reach &&
      tokens[t.start - 1]?.normal === "to",
  );
}
