import type { Token } from "../model/types.js";
import type { Trigger } from "./triggers.js";

/** Roots of verbs that take an infinitive complement carrying their target. */
const COMPLEMENT_ROOTS = new Set(["02", "03", "10", "12", "13"]);

/**
 * Where a verb's object window ends: at the next verb trigger, unless that verb is coordinated
 * with this one and shares its object ("attacked and destroyed an oil platform").
 */
export function objectLimit(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
  sentenceEnd: number,
): number {
  const verbs = triggers.filter(
    (t) => t.head > trig.end - 1 && t.head !== trig.head && t.pattern.kind === "verb",
  );
  let from = trig.end;
  // Verbs of threat, intent, appeal and demand take an infinitive whose object is their target
  // ("threatened to break relations with Russia").
  const takesComplement = COMPLEMENT_ROOTS.has(trig.pattern.entry.code.slice(0, 2));
  for (const next of verbs) {
    if (takesComplement && tokens[next.start - 1]?.normal === "to" && next.start - from <= 3) {
      from = next.end;
      continue;
    }
    const between = tokens.slice(from, next.start);
    const coordinated =
      between.length > 0 &&
      between.every((t) => t.normal === "and" || t.normal === "or" || t.normal === "," || t.pos === "ADV");
    if (!coordinated) return next.start;
    from = next.end;
  }
  return sentenceEnd;
}
