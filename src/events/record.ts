import type { CameoTable } from "../cameo/codes.js";
import type { ActorMention, EventActor, EventRecord, Sentence, Story } from "../model/types.js";
import type { Trigger } from "./triggers.js";

export function eventActor(m: ActorMention): EventActor {
  return { code: m.code, country: m.country, role: m.role, text: m.text, entries: m.entries };
}

/**
 * A country named as an actor acts through its state: its government in statements and
 * diplomacy ("Kuwait rejected the charges" → KWTGOV), its military when it uses force ("North
 * Korea fired shells" → PRKMIL). As the target of force or coercion it stays the country (its territory).
 */
export function stateRole(actor: EventActor, root: string, isSource: boolean): EventActor {
  if (
    actor.role !== null ||
    actor.country === null ||
    actor.code !== actor.country ||
    actor.entries.length === 0
  )
    return actor;
  if (!actor.entries.every((e) => e.startsWith("country."))) return actor;
  const r = Number(root);
  const force = r === 15 || r >= 18;
  let role: string | null;
  if (isSource) role = force ? "MIL" : "GOV";
  else role = r <= 13 || r === 16 ? "GOV" : null;
  return role === null ? actor : { ...actor, role, code: `${actor.country}${role}` };
}

/** Builds an event record (date and place are attached by later stages). */
export function makeEvent(
  story: Story,
  sentence: Sentence,
  trig: Trigger,
  triggerSpan: [number, number],
  source: ActorMention,
  target: ActorMention | null,
  cameo: CameoTable,
  confidence: number,
  rule: string,
  code: string = trig.pattern.entry.code,
): EventRecord | null {
  const info = cameo.info(code);
  if (info === null) return null;
  const starts = [
    triggerSpan[0],
    ...(source.sentence === sentence.index ? [source.span[0]] : []),
    ...(target ? [target.span[0]] : []),
  ];
  const ends = [
    triggerSpan[1],
    ...(source.sentence === sentence.index ? [source.span[1]] : []),
    ...(target ? [target.span[1]] : []),
  ];
  return {
    story: story.id,
    sentenceIndex: sentence.index,
    sentence: story.text.slice(sentence.start, sentence.end),
    span: [Math.min(...starts), Math.max(...ends)],
    trigger: triggerSpan,
    source: source.via === "adjective" ? eventActor(source) : stateRole(eventActor(source), info.root, true),
    target: target
      ? target.via === "adjective"
        ? eventActor(target)
        : stateRole(eventActor(target), info.root, false)
      : null,
    code: info.code,
    root: info.root,
    quad: info.quad,
    goldstein: info.goldstein,
    plover: info.plover,
    date: null,
    dateStated: false,
    place: null,
    placeStated: false,
    rule,
    confidence: Math.round(confidence * 100) / 100,
  };
}
