import type { CameoTable } from "../cameo/codes.js";
import type { ActorMention, EventActor, EventRecord, Sentence, Story } from "../model/types.js";
import type { Trigger } from "./triggers.js";

export function eventActor(m: ActorMention): EventActor {
  return { code: m.code, country: m.country, role: m.role, text: m.text, entries: m.entries };
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
    source: eventActor(source),
    target: target ? eventActor(target) : null,
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
