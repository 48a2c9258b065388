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
  const act = triggers.find(
    (t) =>
      t.pattern.kind === "verb" &&
      t.start > trig.end - 1 &&
      t.start <= trig.end + 3 &&
      tokens[t.start - 1]?.normal === "to",
  );
  return act ? threatCode(act.pattern.entry.code) : null;
}
