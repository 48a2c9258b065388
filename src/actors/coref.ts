import type { ActorMention, Token } from "../model/types.js";
import { actorCode, type NameBook } from "./compose.js";

/**
 * Coreference within a story: later mentions of people, pronouns, "both countries", and "we" in
 * a quotation, each resolved to an earlier actor of the story.
 */

/** The sentence being resolved: tokens [from, to) of the story's token list. */
export interface Scope {
  tokens: readonly Token[];
  from: number;
  to: number;
  text: string;
  sentence: number;
}

/** The first actor of a sentence (its subject, as a rule). */
function firstActorOf(mentions: readonly ActorMention[], sentence: number): ActorMention | undefined {
  return mentions.find((o) => o.sentence === sentence && o.via !== "adjective" && !o.locative);
}

/** A pronoun at token i used as a subject: a verb, auxiliary or adverb follows. */
function inSubjectSlot(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV");
}

/** Later mentions of people introduced by title or apposition ("Overchuk" after "Deputy Prime Minister Alexei Overchuk"). */
export function namesAgain(scope: Scope, taken: readonly ActorMention[], names: NameBook): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  const inside = (i: number) => taken.some((m) => i >= m.tokens[0] && i < m.tokens[1]);
  for (let i = from; i < to; i++) {
    const known = names.get(tokens[i].text);
    if (known === undefined || inside(i)) continue;
    const span: [number, number] = [tokens[i].start, tokens[i].end];
    out.push({
      code: actorCode(known.country, known.role),
      country: known.country,
      role: known.role,
      tokens: [i, i + 1],
      span,
      text: text.slice(span[0], span[1]),
      sentence,
      entries: known.entries,
      via: "coref",
      locative: false,
    });
  }
  return out;
}

const PERSON_PRONOUNS = new Set(["he", "she"]);

/** A pronoun at token `t` standing for `antecedent`. */
function referTo(antecedent: ActorMention, t: Token, text: string, sentence: number): ActorMention {
  const span: [number, number] = [t.start, t.end];
  return {
    ...antecedent,
    tokens: [t.i, t.i + 1],
    span,
    text: text.slice(span[0], span[1]),
    sentence,
    via: "pronoun",
    locative: false,
  };
}

/** "he"/"she" as an actor: the latest earlier mention of a person (titled or named). */
export function pronouns(scope: Scope, previous: readonly ActorMention[]): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (!PERSON_PRONOUNS.has(tokens[i].normal)) continue;
    // The subject of the pronoun's own sentence when it comes first ("Reeves, an American academic, said he …");
    // else the latest person who was the subject of an earlier sentence; else the latest person.
    const subject = previous.find(
      (o) => o.sentence === sentence && o.via !== "adjective" && !o.locative && o.country !== null,
    );
    let antecedent: ActorMention | undefined =
      subject !== undefined && subject.tokens[1] <= i && subject.role !== null ? subject : undefined;
    let fallback: ActorMention | undefined;
    for (let p = previous.length - 1; p >= 0 && antecedent === undefined; p--) {
      const m = previous[p];
      if (m.tokens[0] >= i) continue;
      const personLike =
        m.via === "person" || m.via === "coref" || (m.via === "compose" && m.text.split(/\s+/).length >= 3);
      if (!personLike || m.country === null) continue;
      fallback ??= m;
      const first = firstActorOf(previous, m.sentence);
      if (first === m) {
        antecedent = m;
        break;
      }
      if (m.sentence < tokens[i].sentence - 2) break;
    }
    antecedent ??= fallback;
    if (antecedent === undefined) continue;
    out.push(referTo(antecedent, tokens[i], text, sentence));
  }
  return out;
}

/**
 * "They" as a subject: the group that was the subject of the previous sentence
 * ("Islamic State militants took the city. They later seized Sirte.").
 */
export function they(scope: Scope, previous: readonly ActorMention[]): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].normal !== "they") continue;
    if (!inSubjectSlot(tokens, i)) continue;
    const subject = firstActorOf(previous, sentence - 1);
    if (subject === undefined) continue;
    const plural =
      /s$/i.test(subject.text) || subject.role === "MIL" || subject.role === "COP" || subject.role === "REB";
    if (!plural || subject.via === "person") continue;
    out.push(referTo(subject, tokens[i], text, sentence));
  }
  return out;
}

const BOTH = new Set(["both", "two"]);
const SIDES = new Set([
  "country",
  "countries",
  "side",
  "sides",
  "nation",
  "nations",
  "government",
  "governments",
  "neighbour",
  "neighbours",
  "neighbor",
  "neighbors",
  "rival",
  "rivals",
  "leader",
  "leaders",
]);

/** Organisations that are a side of their own in a conflict, not part of their country's side. */
const OWN_SIDE_ROLES: ReadonlySet<string> = new Set(["REB", "INS", "SEP", "IMG", "UAF", "OPP", "IGO", "NGO"]);

/**
 * "Both countries", "the two sides": the two actors the story is about so far (the two most
 * mentioned countries or organisations), as one group mention whose members events expand.
 */
export function bothSides(scope: Scope, previous: readonly ActorMention[]): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!BOTH.has(tokens[i].normal) || !SIDES.has(tokens[i + 1].normal)) continue;
    if (tokens[i].normal === "two" && tokens[i - 1]?.normal !== "the") continue;
    // Sides are countries, or organisations by their own code ("the Taliban" is not Kabul's side).
    const counts = new Map<string, { n: number; m: ActorMention }>();
    const rank = (m: ActorMention) => (m.role === null ? 0 : m.role === "GOV" ? 1 : 2);
    for (const m of previous) {
      if (m.locative || m.via === "adjective" || m.via === "pronoun" || m.members || m.code.startsWith("---"))
        continue;
      const org = m.entries.some((e) => e.startsWith("org.")) && OWN_SIDE_ROLES.has(m.role ?? "");
      const key = org ? m.code : (m.country ?? m.code);
      const c = counts.get(key);
      if (c) {
        c.n++;
        // A country side is the country itself or its government, not whichever actor came first.
        if (rank(m) < rank(c.m)) c.m = m;
      } else counts.set(key, { n: 1, m });
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n).slice(0, 2);
    if (top.length < 2) continue;
    const span: [number, number] = [tokens[i].start, tokens[i + 1].end];
    const members = top.map(({ m }) => ({
      ...m,
      tokens: [i, i + 2] as [number, number],
      span,
      text: text.slice(span[0], span[1]),
      sentence,
      via: "coref" as const,
      locative: false,
    }));
    out.push({ ...members[0], members });
    i++;
  }
  return out;
}

const FIRST_PERSON = new Set(["we", "i"]);
const SAYING = new Set([
  "say",
  "said",
  "says",
  "add",
  "added",
  "tell",
  "told",
  "state",
  "stated",
  "write",
  "wrote",
  "declare",
  "declared",
]);

/**
 * "We" or "I" in a quotation is its speaker: "“We oppose intimidation,” Esper said" — the
 * actor next to the sentence's saying verb ("X said", "said X").
 */
export function quotedSpeaker(scope: Scope, mentions: readonly ActorMention[]): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  let speaker: ActorMention | undefined;
  for (let j = from; j < to && speaker === undefined; j++) {
    if (!SAYING.has(tokens[j].normal)) continue;
    speaker = mentions.find(
      (m) => !m.locative && m.via !== "adjective" && (m.tokens[1] === j || m.tokens[0] === j + 1),
    );
  }
  if (speaker === undefined) return out;
  for (let i = from; i < to; i++) {
    if (!FIRST_PERSON.has(tokens[i].normal) || i >= speaker.tokens[0] - 1) continue;
    if (!inSubjectSlot(tokens, i)) continue;
    out.push(referTo(speaker, tokens[i], text, sentence));
  }
  return out;
}

const COUNTRY_NOUNS = new Set(["country", "nation"]);

/**
 * "Washington invaded the country": "the country" as the object of a verb of force or travel is
 * the latest country named before it that is not the sentence's own earlier actor. As a possessive ("the country's military") it is left to the role's own resolution.
 */
export function theCountry(
  scope: Scope,
  previous: readonly ActorMention[],
  earlier: readonly ActorMention[],
  actsOnOthers: (verb: Token) => boolean,
): ActorMention[] {
  const { tokens, from, to, text, sentence } = scope;
  const out: ActorMention[] = [];
  for (let i = from + 1; i < to; i++) {
    if (!COUNTRY_NOUNS.has(tokens[i].normal) || tokens[i - 1].normal !== "the") continue;
    const next = tokens[i + 1]?.normal;
    if (next === "'s" || next === "’s") continue;
    const before = tokens[i - 2];
    // Only as the object of an act done to another country ("invaded the country"); elsewhere
    // ("making the country a source of fighters") it is as often the subject's own.
    if (before === undefined || before.pos !== "VERB" || !actsOnOthers(before)) continue;
    const here = earlier.filter(
      (m) => m.sentence === sentence && m.tokens[1] <= i - 1 && m.country !== null && !m.locative,
    );
    const exclude = new Set(here.map((m) => m.country));
    const antecedent = [...previous]
      .reverse()
      .find(
        (m) =>
          m.country !== null &&
          m.role === null &&
          m.entries.includes(`country.${m.country}`) &&
          !exclude.has(m.country),
      );
    if (antecedent === undefined || antecedent.country === null) continue;
    const span: [number, number] = [tokens[i - 1].start, tokens[i].end];
    out.push({
      code: antecedent.country,
      country: antecedent.country,
      role: null,
      tokens: [i - 1, i + 1],
      span,
      text: text.slice(span[0], span[1]),
      sentence,
      entries: antecedent.entries.filter((e) => e.startsWith("country.")),
      via: "coref",
      locative: false,
    });
  }
  return out;
}
