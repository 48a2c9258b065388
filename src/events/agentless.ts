import type { ActorMention, Doc, Token } from "../model/types.js";
import type { Made } from "./made.js";
import type { Trigger } from "./triggers.js";

const AGENTLESS_LINK = new Set(["during", "in", "after", "amid", "following"]);

/** The violent nominal event (noun or gerund) an actor modifies ("Israeli tank shelling"), if any. */
export function violentNounAfter(owner: ActorMention, triggers: readonly Trigger[]): Trigger | undefined {
  return triggers.find(
    (t) =>
      Number(t.pattern.entry.code.slice(0, 2)) >= 18 &&
      t.start >= owner.tokens[1] &&
      t.start - owner.tokens[1] <= 2,
  );
}

/**
 * An agentless passive ("two agents were arrested during the raid") takes its agent from an
 * earlier event of the story named by a noun linked to it ("during the raid" → whoever raided),
 * or from the actor modifying a violent noun linked to it ("killed in Israeli shelling").
 */
export function agentlessSource(
  doc: Doc,
  trig: Trigger,
  made: readonly Made[],
  sentenceEnd: number,
  mentions: readonly ActorMention[] = [],
  triggers: readonly Trigger[] = [],
): ActorMention | null {
  const { tokens } = doc;
  for (let j = trig.end; j < Math.min(sentenceEnd, trig.end + 6); j++) {
    if (!AGENTLESS_LINK.has(tokens[j].normal)) continue;
    // "killed in Israeli tank shelling": the actor modifying the violent noun right after the link.
    let k = j + 1;
    while (k < sentenceEnd && tokens[k].pos === "DET") k++;
    const owner = mentions.find((m) => m.tokens[0] === k && !m.locative);
    if (owner !== undefined && violentNounAfter(owner, triggers) !== undefined) return owner;
    for (let k = j + 1; k < Math.min(sentenceEnd, j + 4); k++) {
      const lemma = tokens[k].lemma;
      for (let p = made.length - 1; p >= 0; p--) if (made[p].head === lemma) return made[p].source;
    }
  }
  return null;
}

const SPEECH = new Set([
  "say",
  "said",
  "says",
  "announce",
  "announced",
  "report",
  "reported",
  "confirm",
  "confirmed",
  "state",
  "stated",
  "tell",
  "told",
]);

/**
 * An agentless passive reported by an actor ("the ministry said the ambassador was summoned")
 * is, in official statements, that actor's own act: the speaker becomes the source.
 */
export function speakerOf(
  tokens: readonly Token[],
  trig: Trigger,
  mentions: readonly ActorMention[],
  targets: readonly ActorMention[],
  sentenceStart: number,
): ActorMention | null {
  const firstTarget = targets[0]?.tokens[0] ?? trig.start;
  for (let j = firstTarget - 1; j > sentenceStart; j--) {
    if (!SPEECH.has(tokens[j].normal)) continue;
    const speaker = [...mentions]
      .reverse()
      .find((m) => m.tokens[1] <= j && m.tokens[1] >= j - 3 && !m.locative && m.via !== "adjective");
    // Officials announce their own administrative acts, not violence they report.
    const root = Number(trig.pattern.entry.code.slice(0, 2));
    if (root >= 18 || root === 14 || root === 15) return null;
    if (
      speaker &&
      (speaker.role === "GOV" || speaker.role === "COP" || speaker.role === "MIL" || speaker.role === "JUD")
    )
      return speaker;
    return null;
  }
  return null;
}
