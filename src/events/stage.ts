import type { ActorMention, Doc } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { agentlessSource, speakerOf, violentNounAfter } from "./agentless.js";
import { eventAnaphor } from "./anaphor.js";
import { BLAME, blames } from "./blame.js";
import {
  isCharacterisation,
  isDependentInfinitive,
  isGerundContent,
  isHypothetical,
  isNegated,
  isPassive,
  isRefusal,
} from "./context.js";
import { futureCode, isFuture } from "./future.js";
import { counterpart, hasObject } from "./implied.js";
import type { Made } from "./made.js";
import { meansOf } from "./means.js";
import { MUST_DEMAND, mustDemands } from "./must.js";
import { crowdOf, lightVerbOf, nounSource, victimsBefore } from "./nominal.js";
import { makeEvent } from "./record.js";
import { agentOf, giverOf, objectOf, subjectOf, subjectOwner } from "./slots.js";
import { carriesPromise, requestedCode, threatenedCode } from "./threatened.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { VERDICT, verdicts } from "./verdict.js";
import { objectLimit } from "./window.js";

/** Roots of acts an institution commonly directs at itself (appeal, intent, meet, yield, coerce). */
const SELF_ROOTS = new Set(["02", "03", "04", "08", "17"]);

/** Constructions of English coded like patterns, with the head word their events record. */
const CONSTRUCTIONS = [
  [BLAME, "blame", blames],
  [MUST_DEMAND, "must", mustDemands],
] as const;

/** Roots never aimed at one's own actor code: comments, praise, cooperation, aid, demands, criticism, rejection. */
const NEVER_SELF = new Set(["01", "05", "06", "07", "10", "11", "12"]);

/** Demands, criticism, rejections and threats: reactions addressed to the other side. */
const STATEMENT_ROOTS = new Set(["10", "11", "12", "13"]);

/** Roots whose acts without a named target are aimed at the story's other side: statements, posture, cuts in relations. */
const IMPLIED_TARGET_ROOTS = new Set([...STATEMENT_ROOTS, "15", "16"]);

/** Roots where a source's own forces in object position are its instrument (deploy, send, supply). */
const INSTRUMENT_ROOTS = new Set(["06", "07", "15"]);

/** Roots whose compound subjects act toward each other when no target is named (agree, consult, cooperate). */
const MUTUAL_ROOTS = new Set(["03", "04", "05", "06"]);

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
      // The object word of a verb pattern ("held back loan guarantees") is part of that event,
      // not an event of its own, even when it could be read as a verb.
      const found = findTriggers(kb.patterns, tokens, s.tokenStart, s.tokenEnd);
      const triggers = found.filter(
        (t) => !found.some((o) => o !== t && o.objectAt === t.head && o.head < t.head),
      );
      const kept: Trigger[] = [];
      const consumed = new Set<Trigger>();
      for (const trig of triggers) {
        if (consumed.has(trig)) continue;
        const refusal = isRefusal(tokens, trig, s.tokenStart);
        if (!refusal && isNegated(tokens, trig, s.tokenStart)) continue;
        if (isHypothetical(tokens, trig, s.tokenStart, s.tokenEnd)) continue;
        if (isDependentInfinitive(tokens, trig, kept)) continue;
        if (isCharacterisation(tokens, trig, s.tokenStart)) continue;
        if (isGerundContent(tokens, trig, kept)) continue;
        // "pledged to expel X": the promised act is the event (coded as an intent), not the pledge.
        if (carriesPromise(tokens, trig, triggers)) continue;
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
          // "protests in Bolivia against the government": crowds of the place where they protest.
          if (sources.length === 0 && /^14[1-5]/.test(trig.pattern.entry.code)) {
            const crowd = crowdOf(trig, mentions, targets);
            if (crowd !== null) sources = [crowd];
          }
          voice = "noun";
          confidence -= 0.15;
        } else if (isPassive(tokens, trig, s.tokenStart)) {
          voice = "passive";
          targets = trig.pattern.entry.noTarget ? [] : subjectOf(tokens, trig, mentions, s.tokenStart);
          if (targets.length === 0 && !trig.pattern.entry.noTarget)
            targets = subjectOwner(tokens, trig, mentions, s.tokenStart);
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
              agentlessSource(doc, trig, made, s.tokenEnd, mentions, triggers) ??
              speakerOf(tokens, trig, mentions, targets, s.tokenStart);
            if (linked) {
              sources = [linked];
              confidence -= 0.25;
              // "killed in Israeli shelling": the shelling is this killing's means, not a second event.
              const means = violentNounAfter(linked, triggers);
              if (means !== undefined) consumed.add(means);
            }
          }
        } else if (trig.pattern.entry.sourcePreps !== undefined) {
          // "Demonstrators received weapons from the government": the giver acts on the receiver.
          sources = giverOf(tokens, trig, mentions, limit, s.tokenStart);
          targets = sources.length > 0 ? subjectOf(tokens, trig, mentions, s.tokenStart) : [];
          if (targets.length === 0) continue;
        } else {
          // ", killing one person": a participle clause shares the subject of the act before it.
          const participle =
            tokens[trig.head].normal.endsWith("ing") && tokens[trig.start - 1]?.normal === ",";
          const before = participle
            ? made.find((m) => m.event.sentenceIndex === s.index && !m.event.rule.includes("/noun"))
            : undefined;
          sources = before !== undefined ? [before.source] : subjectOf(tokens, trig, mentions, s.tokenStart);
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
        // A nominal act is announced through its light verb ("is prepared to impose martial law").
        const anchor = trig.pattern.kind === "noun" ? lightVerbOf(tokens, trig, s.tokenStart) : trig;
        const isFutureAct = !refusal && anchor !== null && isFuture(tokens, anchor, s.tokenStart);
        const threat = isFutureAct ? null : threatenedCode(tokens, trig, triggers);
        const request = isFutureAct || threat !== null ? null : requestedCode(tokens, trig, triggers);
        const future = isFutureAct ? futureCode(trig.pattern.entry.code) : null;
        const start = tokens[trig.start].start;
        const end = tokens[trig.end - 1].end;
        const pairs: [ActorMention, ActorMention | null][] = [];
        // An announced act is the announcer's intent only: "X will meet Y" is not Y's intent.
        const symmetric = trig.pattern.entry.symmetric === true && future === null;
        // "Brazil and the United States agreed …": cooperation between a compound subject runs both ways.
        // "Both sides said they were hopeful", "both countries put their militaries on alert": a
        // group's statement or posture with no other target is aimed at each other.
        const root = trig.pattern.entry.code.slice(0, 2);
        const group = sources.length > 1 && sources.every((m) => m.via === "coref" || m.via === "pronoun");
        const mutual =
          symmetric || MUTUAL_ROOTS.has(root) || (group && (IMPLIED_TARGET_ROOTS.has(root) || root === "01"));
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
          else if (IMPLIED_TARGET_ROOTS.has(trig.pattern.entry.code.slice(0, 2))) {
            // A statement or show of force with no named target in a story about two sides is
            // aimed at the other side; a show of force staged abroad, at its host (geo/host.ts).
            const posture = trig.pattern.entry.code.startsWith("15");
            for (const a of sources) {
              const other = counterpart(doc.actors, a);
              if (other !== null) {
                pairs.push([a, other]);
                confidence -= 0.3;
              } else if (posture) pairs.push([a, null]);
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
          const rule = `${trig.pattern.entry.id}/${voice}${refusal ? "/refusal" : future ? "/future" : threat ? "/threat" : request ? "/request" : ""}`;
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
            refusal ? "120" : (future ?? threat ?? request ?? trig.pattern.entry.code),
          );
          // "Washington" and "the United States" are one actor once coded: no act against itself.
          // (A state coercing or threatening its own country — martial law, curfews — is coded.)
          const selfAct =
            ev !== null && ev.target !== null && ev.source.code === ev.target.code && NEVER_SELF.has(ev.root);
          if (ev && !selfAct) made.push({ event: ev, head: trig.pattern.head, source: a, target: b });
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
      // Constructions: "Y is responsible for …" (112), "X said Y must …" (100).
      for (const [entry, head, find] of CONSTRUCTIONS)
        for (const c of find(tokens, mentions, s.tokenStart, s.tokenEnd)) {
          const span: [number, number] = [tokens[c.trigger.start].start, tokens[c.trigger.end - 1].end];
          const ev = makeEvent(
            story,
            s,
            c.trigger,
            span,
            c.source,
            c.target,
            kb.cameo,
            0.7,
            `${entry.id}/active`,
          );
          if (ev) made.push({ event: ev, head, source: c.source, target: c.target });
        }
    }
    return { ...doc, events: made.map((m) => m.event) };
  },
};
