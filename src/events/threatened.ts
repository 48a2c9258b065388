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

/**
 * Appeals (020) and demands (100) take their specific code from the act asked for: "pressured
 * the U.S. to leave" is a demand to de-escalate (1056), "asked Tehran to free the sailors" an
 * appeal for release (0253) — the CAMEO 02x/10x subcodes, by the requested act's code.
 */
const REQUESTED: Record<string, string> = {
  "061": "1",
  "062": "2",
  "063": "3",
  "064": "4",
  "071": "1",
  "072": "2",
  "073": "3",
  "074": "4",
  "0831": "1",
  "081": "1",
  "082": "2",
  "084": "3",
  "085": "4",
  "086": "5",
  "087": "6",
};

/** The appeal (02x) or demand (10x) subcode for a request to do `act`, or null. */
export function requestCode(request: "020" | "100", act: string): string | null {
  const appeal = request === "020";
  const root = act.slice(0, 2);
  if (root === "04") return appeal ? "026" : "106";
  const digit = REQUESTED[act] ?? REQUESTED[act.slice(0, 3)];
  if (digit === undefined) return null;
  if (root === "06") return appeal ? `021${digit}` : `101${digit}`;
  if (root === "07") return appeal ? `023${digit}` : `103${digit}`;
  if (act.startsWith("0831")) return appeal ? "0241" : "1041";
  return appeal ? `025${digit}` : `105${digit}`;
}

/** "pressured X to leave", "asked Y to free Z": the request's specific code, or null. */
export function requestedCode(
  tokens: readonly Token[],
  trig: Trigger,
  triggers: readonly Trigger[],
): string | null {
  const code = trig.pattern.entry.code;
  if ((code !== "020" && code !== "100") || trig.pattern.kind !== "verb") return null;
  const act = infinitiveAct(tokens, trig, triggers, 6);
  return act ? requestCode(code, act.pattern.entry.code) : null;
}
