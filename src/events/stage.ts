import type { ActorMention, Doc, EventRecord, Token } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import {
  isCharacterisation,
  isDependentInfinitive,
  isGerundContent,
  isHypothetical,
  isNegated,
  isPassive,
  isRefusal,
} from "./context.js";
import { futureCode, isFuture, threatCode } from "./future.js";
import { MUST_DEMAND, mustDemands } from "./must.js";
import { makeEvent } from "./record.js";
import { agentOf, lightVerbOf, nounSource, objectOf, subjectOf, victimsBefore } from "./slots.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { VERDICT, verdicts } from "./verdict.js";

interface Made {
  event: EventRecord;
  head: string;
  source: ActorMention;
  target: ActorMention | null;
}

/** Roots of acts an institution commonly directs at itself (appeal, intent, meet, yield, coerce). */
const SELF_ROOTS = new Set(["02", "03", "04", "08", "17"]);

/** Demands, criticism, rejections and threats: reactions addressed to the other side. */
const STATEMENT_ROOTS = new Set(["10", "11", "12", "13"]);

/** Roots where a source's own forces in object position are its instrument (deploy, send, supply). */
const INSTRUMENT_ROOTS = new Set(["06", "07", "15"]);

/** Roots of verbs that take an infinitive complement carrying their target. */
const COMPLEMENT_ROOTS = new Set(["02", "03", "10", "12", "13"]);

/** Roots whose compound subjects act toward each other when no target is named (agree, consult, cooperate). */
const MUTUAL_ROOTS = new Set(["03", "04", "05", "06"]);
const AGENTLESS_LINK = new Set(["during", "in", "after", "amid", "following"]);

/**
 * Codes events sentence by sentence: pattern triggers, then source and target slots by voice,
 * dropping negated, hypothetical and dependent-infinitive triggers; compound actors give one
 * event per pair and symmetric patterns both directions.
 */
export const eventsStage: Stage = {
  name: "events",
  reads: ["story", "sentences", "tokens", "actors"],
  writes: ["events"],
  run(doc, kb): Doc {
    const { tokens, story } = doc;
    const made: Made[] = [];
    const bySentence = new Map<number, ActorMention[]>();
    for (const m of doc.actors) {
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    for (const s of doc.sentences) {
      const mentions = bySentence.get(s.index) ?? [];
      const triggers = findTriggers(kb.patterns, tokens, s.tokenStart, s.tokenEnd);
      const kept: Trigger[] = [];
      for (const trig of triggers) {
        const refusal = isRefusal(tokens, trig, s.tokenStart);
        if (!refusal && isNegated(tokens, trig, s.tokenStart)) continue;
        if (isHypothetical(tokens, trig, s.tokenStart, s.tokenEnd)) continue;
        if (isDependentInfinitive(tokens, trig, kept)) continue;
        if (isCharacterisation(tokens, trig, s.tokenStart)) continue;
        if (isGerundContent(tokens, trig, kept)) continue;
        // A word inside an actor's name ("Amnesty International", "Islamic State") is not an event.
        if (
          trig.pattern.kind === "noun" &&
          mentions.some((m) => m.via !== "adjective" && trig.head >= m.tokens[0] && trig.head < m.tokens[1])
        )
          continue;
        // A noun that is the object word of an earlier verb pattern belongs to that event.
        if (trig.pattern.kind === "noun" && kept.some((k) => k.objectAt === trig.head)) continue;
        kept.push(trig);
        // 010 entries guard phrases such as "released a statement": a neutral statement is not coded.
        if (trig.pattern.entry.code === "010") continue;
        const limit = objectLimit(tokens, trig, triggers, s.tokenEnd);
        let sources: ActorMention[];
        let targets: ActorMention[];
        let confidence = 0.9;
        let voice = "active";
        if (trig.pattern.kind === "noun") {
          sources = nounSource(tokens, trig, mentions, limit);
          // A nominal event carried by a light verb is the act of that verb's subject.
          const light = sources.length === 0 ? lightVerbOf(tokens, trig, s.tokenStart) : null;
          if (light !== null) sources = subjectOf(tokens, light, mentions, s.tokenStart);
          targets = objectOf(tokens, trig, mentions, limit, s.tokenStart);
          if (targets.length === 0) targets = victimsBefore(tokens, trig, mentions, s.tokenStart);
          // "killed 20 people in a car bombing": the means names the same act more specifically.
          if (sources.length === 0) {
            const means = meansOf(tokens, trig, made, s.index);
            if (means !== null) {
              made.splice(made.indexOf(means), 1);
              sources = [means.source];
              targets = means.target ? [means.target] : [];
            }
          }
          voice = "noun";
          confidence -= 0.15;
        } else if (isPassive(tokens, trig, s.tokenStart)) {
          voice = "passive";
          targets = trig.pattern.entry.noTarget ? [] : subjectOf(tokens, trig, mentions, s.tokenStart);
          // "The Russian building was demolished": the country owning the damaged thing is the target.
          if (targets.length === 0 && !trig.pattern.entry.noTarget) {
            const owner = [...mentions]
              .reverse()
              .find(
                (m) =>
                  m.via === "adjective" &&
                  m.role === null &&
                  m.tokens[1] <= trig.start &&
                  trig.start - m.tokens[1] <= 5,
              );
            if (owner) targets = [owner];
          }
          sources = agentOf(tokens, trig, mentions, limit);
          if (sources.length === 0) {
            const linked =
              agentlessSource(doc, trig, made, s.tokenEnd) ??
              speakerOf(tokens, trig, mentions, targets, s.tokenStart);
            if (linked) {
              sources = [linked];
              confidence -= 0.25;
            }
          }
        } else {
          sources = subjectOf(tokens, trig, mentions, s.tokenStart);
          targets = objectOf(tokens, trig, mentions, limit, s.tokenStart);
          if (targets.length === 0) {
            const culprit = eventAnaphor(tokens, trig, triggers, made, limit);
            if (culprit) {
              targets = [culprit];
              confidence -= 0.2;
            }
          }
        }
        if (sources.length === 0) continue;
        // "Russia deployed troops", "sent its police": one's own forces are the instrument, not the target.
        if (INSTRUMENT_ROOTS.has(trig.pattern.entry.code.slice(0, 2))) {
          targets = targets.filter(
            (t) =>
              !sources.some(
                (a) =>
                  a.country !== null && a.country === t.country && (t.role === "MIL" || t.role === "COP"),
              ),
          );
        }
        const isFutureAct = !refusal && isFuture(tokens, trig, s.tokenStart);
        const threat = isFutureAct ? null : threatenedCode(tokens, trig, triggers);
        const future = isFutureAct ? futureCode(trig.pattern.entry.code) : null;
        const start = tokens[trig.start].start;
        const end = tokens[trig.end - 1].end;
        const pairs: [ActorMention, ActorMention | null][] = [];
        const symmetric = trig.pattern.entry.symmetric === true;
        // "Brazil and the United States agreed …": cooperation between a compound subject runs both ways.
        const mutual = symmetric || MUTUAL_ROOTS.has(trig.pattern.entry.code.slice(0, 2));
        if ((mutual && targets.length === 0 && sources.length > 1) || (symmetric && sources.length > 1)) {
          for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
        } else if (targets.length === 0 && trig.pattern.entry.code.startsWith("055")) {
          // A public apology with no named addressee is made to the apologiser's own public.
          for (const a of sources)
            if (a.country !== null)
              pairs.push([
                a,
                { ...a, code: `${a.country}CVL`, role: "CVL", text: "", via: "coref", entries: [] },
              ]);
        } else if (
          targets.length === 0 &&
          trig.pattern.entry.code.startsWith("14") &&
          !hasObject(tokens, trig)
        ) {
          // A protest with no named target is against the protesters' own authorities.
          for (const a of sources)
            if (a.country !== null)
              pairs.push([a, { ...a, code: a.country, role: null, text: "", via: "coref", entries: [] }]);
        } else if (targets.length === 0) {
          // Without a target, only acts that never take one (resign, …) are coded: a transitive
          // pattern with no target found is usually a mis-parse, and expert coders leave it out.
          // Giving up one's own office (0831, 0341) is directed at one's own institution.
          const selfDirected = /^(0831|0341)/.test(trig.pattern.entry.code);
          if (trig.pattern.entry.noTarget === true)
            for (const a of sources)
              pairs.push([a, selfDirected ? { ...a, text: "", via: "coref", entries: [] } : null]);
          else if (STATEMENT_ROOTS.has(trig.pattern.entry.code.slice(0, 2))) {
            // A statement with no named target in a story about two sides is addressed to the other side.
            for (const a of sources) {
              const other = counterpart(doc.actors, a);
              if (other !== null) {
                pairs.push([a, other]);
                confidence -= 0.3;
              }
            }
          }
        } else {
          for (const a of sources)
            for (const b of targets) {
              pairs.push([a, b]);
              if (symmetric) pairs.push([b, a]);
            }
        }
        for (const [a, b] of pairs) {
          if (b !== null && a.code === b.code && a.text === b.text && b.text !== "") continue;
          // An actor criticising, praising, threatening or attacking itself is almost always a
          // mis-parse; appeals, meetings, resignations and arrests inside one institution are not.
          if (b !== null && a.code === b.code && !SELF_ROOTS.has(trig.pattern.entry.code.slice(0, 2)))
            continue;
          let c = confidence;
          if (a.via === "coref" || a.via === "pronoun") c -= 0.15;
          if (b === null) c -= 0.1;
          const rule = `${trig.pattern.entry.id}/${voice}${refusal ? "/refusal" : future ? "/future" : threat ? "/threat" : ""}`;
          const ev = makeEvent(
            story,
            s,
            trig,
            [start, end],
            a,
            b,
            kb.cameo,
            c,
            rule,
            refusal ? "120" : (future ?? threat ?? trig.pattern.entry.code),
          );
          if (ev) made.push({ event: ev, head: trig.pattern.head, source: a, target: b });
        }
      }
      // A speaker's verdict ("called the move illegal", "welcomed … as historic") on another actor's act.
      for (const v of verdicts(tokens, mentions, s.tokenStart, s.tokenEnd, kb.verdicts)) {
        const word =
          kb.verdicts.get(tokens[v.trigger.head].lemma) ?? kb.verdicts.get(tokens[v.trigger.head].normal);
        if (
          word === undefined ||
          made.some((m) => m.event.sentenceIndex === s.index && m.event.root === word.code.slice(0, 2))
        )
          continue;
        const target = v.target ?? counterpart(doc.actors, v.source);
        if (target === null || target.code === v.source.code) continue;
        const span: [number, number] = [tokens[v.trigger.start].start, tokens[v.trigger.end - 1].end];
        const rule = `${VERDICT.id}/${word.id}`;
        const ev = makeEvent(story, s, v.trigger, span, v.source, target, kb.cameo, 0.65, rule, word.code);
        if (ev) made.push({ event: ev, head: "verdict", source: v.source, target });
      }
      for (const d of mustDemands(tokens, mentions, s.tokenStart, s.tokenEnd)) {
        const span: [number, number] = [tokens[d.trigger.start].start, tokens[d.trigger.end - 1].end];
        const rule = `${MUST_DEMAND.id}/active`;
        const ev = makeEvent(story, s, d.trigger, span, d.source, d.target, kb.cameo, 0.7, rule);
        if (ev) made.push({ event: ev, head: "must", source: d.source, target: d.target });
      }
    }
    return { ...doc, events: made.map((m) => m.event) };
  },
};

/**
 * An agentless passive ("two agents were arrested during the raid") takes its agent from an
 * earlier event of the story named by a noun linked to it ("during the raid" → whoever raided).
 */
function agentlessSource(
  doc: Doc,
  trig: Trigger,
  made: readonly Made[],
  sentenceEnd: number,
): ActorMention | null {
  const { tokens } = doc;
  for (let j = trig.end; j < Math.min(sentenceEnd, trig.end + 6); j++) {
    if (!AGENTLESS_LINK.has(tokens[j].normal)) continue;
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
function speakerOf(
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

/** Reactions to an act: condemning, denouncing, welcoming, praising it (roots 01–02, 05, 10–13). */
const REACTION_ROOTS = new Set(["01", "02", "05", "10", "11", "12", "13"]);

/**
 * "condemned the attack", "welcomed the release": when the object is a nominal event, the target
 * is whoever did that act — the latest earlier event of the story with the same root.
 */
function eventAnaphor(
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

/**
 * Where a verb's object window ends: at the next verb trigger, unless that verb is coordinated
 * with this one and shares its object ("attacked and destroyed an oil platform").
 */
function objectLimit(
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

/** "threatened to break relations": the threat takes its specific code from the threatened act. */
function threatenedCode(
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

/**
 * "militants killed 20 people in a car bombing": a violent nominal event introduced by
 * in/with/by right after a violent verb's event in the same sentence is that event, more
 * specific. Returns the verb's event (to be replaced), or null.
 */
function meansOf(
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

/** A verb with a direct object of its own ("demonstrated a willingness") is not an intransitive protest. */
function hasObject(tokens: readonly Token[], trig: Trigger): boolean {
  if (trig.pattern.kind !== "verb" || trig.objectAt !== null) return false;
  const next = tokens[trig.end];
  return (
    next !== undefined &&
    (next.pos === "DET" || next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PRON")
  );
}

/**
 * The other side of a story's main dyad for `actor`: the most mentioned country other than the
 * actor's own (at least three mentions and at least half as many as the actor's), as its most
 * mentioned code. Null when the story has no clear other side.
 */
function counterpart(actors: readonly ActorMention[], actor: ActorMention): ActorMention | null {
  // Countries, and organisations without one (the EU, the UN), are the sides.
  const side = (m: ActorMention) => m.country ?? m.code;
  const byCountry = new Map<string, ActorMention[]>();
  for (const m of actors) {
    if (m.locative || m.via === "adjective" || m.via === "pronoun" || m.code.startsWith("---")) continue;
    const list = byCountry.get(side(m));
    if (list) list.push(m);
    else byCountry.set(side(m), [m]);
  }
  const own = byCountry.get(side(actor))?.length ?? 0;
  let best: ActorMention[] | null = null;
  for (const [country, list] of byCountry) {
    if (country === side(actor)) continue;
    if (best === null || list.length > best.length) best = list;
  }
  if (best === null || best.length < 3 || best.length * 2 < own) return null;
  const codes = new Map<string, number>();
  for (const m of best) codes.set(m.code, (codes.get(m.code) ?? 0) + (m.role === "GOV" ? 2 : 1));
  const code = [...codes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const m = best.find((x) => x.code === code) ?? best[0];
  return { ...m, text: "", via: "coref", entries: [] };
}
