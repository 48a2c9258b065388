import type { Token } from "../model/types.js";
import { futureCode, threatCode } from "./future.js";
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
 * "pledged to expel", "vowed to lift sanctions": a generic promise (030) takes the specific
 * intent of the promised act (futureCode: 0354, 036, …; a promised use of force is a threat).
 */
export function promisedCode(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
): string | null {
  if (trig.pattern.entry.code !== "030" || trig.pattern.kind !== "verb") return null;
  const act = infinitiveAct(tokens, trig, triggers);
  return act ? futureCode(act.pattern.entry.code) : null;
}

/** The verb trigger of an infinitive right after `trig` ("threatened to expel"). */
function infinitiveAct(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
): Trigger | undefined {
  return triggers.find(
    (t) =>
      t.pattern.kind === "verb" &&
      t.start > trig.end - 1 &&
      t.start <= trig.end + 3 &&
      tokens[t.start - 1]?.normal === "to",
  );
}
