import type { ActorMention, Token } from "../model/types.js";
import { actorCode, type NameBook } from "./compose.js";

/** Later mentions of people introduced by title or apposition ("Overchuk" after "Deputy Prime Minister Alexei Overchuk"). */
export function namesAgain(
  tokens: readonly Token[],
  from: number,
  to: number,
  taken: readonly ActorMention[],
  names: NameBook,
  text: string,
  sentence: number,
): ActorMention[] {
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
export function pronouns(
  tokens: readonly Token[],
  from: number,
  to: number,
  previous: readonly ActorMention[],
  text: string,
  sentence: number,
): ActorMention[] {
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
      const first = previous.find((o) => o.sentence === m.sentence && o.via !== "adjective" && !o.locative);
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
export function they(
  tokens: readonly Token[],
  from: number,
  to: number,
  previous: readonly ActorMention[],
  text: string,
  sentence: number,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].normal !== "they") continue;
    const next = tokens[i + 1];
    if (next === undefined || (next.pos !== "VERB" && next.pos !== "AUX" && next.pos !== "ADV")) continue;
    const subject = previous.find((o) => o.sentence === sentence - 1 && o.via !== "adjective" && !o.locative);
    if (subject === undefined) continue;
    const plural =
      /s$/i.test(subject.text) || subject.role === "MIL" || subject.role === "COP" || subject.role === "REB";
    if (!plural || subject.via === "person") continue;
    out.push(referTo(subject, tokens[i], text, sentence));
  }
  return out;
}

/**
 * A role without a country ("the ministry", "officials", "its diplomats") takes a country from
 * context: after a possessive pronoun, the sentence's earlier actor; with a definite article or in
 * the singular, the latest earlier mention with the same role; else a place named in its sentence;
 * else the story's most mentioned country.
 */
/** The country of the locative mention nearest to `m` in its sentence ("President X … visit to Beirut"). */
function nearestPlace(mentions: readonly ActorMention[], m: ActorMention): string | null {
  let best: ActorMention | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const o of mentions) {
    if (o.sentence !== m.sentence || !o.locative || o.country === null) continue;
    const gap = o.tokens[0] >= m.tokens[1] ? o.tokens[0] - m.tokens[1] : m.tokens[0] - o.tokens[1];
    if (gap < bestGap) [best, bestGap] = [o, gap];
  }
  return best?.country ?? null;
}

export function fillCountries(
  mentions: ActorMention[],
  placeCountryBySentence: Map<number, string>,
  tokens: readonly Token[],
  datelineCountry: string | null = null,
): ActorMention[] {
  const counts = new Map<string, number>();
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.country !== null && !m.locative) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  }
  const topTwo = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([c]) => c);
  let dominant: string | null = null;
  let best = 0;
  for (const [c, n] of counts) if (n > best) [dominant, best] = [c, n];
  for (const m of mentions) {
    if (m.country !== null || m.role === null || !m.code.startsWith("---")) {
      out.push(m);
      continue;
    }
    const before = tokens[m.tokens[0] - 1]?.normal;
    const head = tokens[m.tokens[1] - 1];
    let country: string | null = null;
    let entries = m.entries;
    // Apposition: "The US commander in Iraq, General David Petraeus," — the same actor.
    if (before === ",") {
      const prev = out[out.length - 1];
      const comma = m.tokens[0] - 1;
      if (prev !== undefined && prev.sentence === m.sentence && prev.country !== null && !prev.locative) {
        const gap = tokens.slice(prev.tokens[1], comma);
        if (gap.length <= 3 && gap.every((t) => t.pos === "ADP" || t.pos === "DET" || t.pos === "PROPN"))
          country = prev.country;
      }
    }
    if (country === null && (before === "its" || before === "their")) {
      for (let p = out.length - 1; p >= 0 && out[p].sentence === m.sentence; p--) {
        if (out[p].country !== null && !out[p].locative && out[p].via !== "adjective") {
          country = out[p].country;
          break;
        }
      }
    }
    // "the ministry", "this envoy", a singular role noun: refers back to an earlier mention of that role.
    // A capitalised institution ("The Ministry of National Defense") is named, not referred back to.
    const capitalised =
      /^[A-Z]/.test(tokens[m.tokens[0]].text) && m.tokens[0] > 0 && tokens[m.tokens[0] - 1].pos === "DET";
    const anaphoric =
      !capitalised &&
      (before === "the" ||
        before === "this" ||
        before === "that" ||
        (head.pos === "NOUN" && head.normal === head.lemma));
    if (country === null && anaphoric) {
      for (let p = out.length - 1; p >= 0; p--) {
        if (out[p].role === m.role && out[p].country !== null && out[p].code.length <= 6) {
          country = out[p].country;
          entries = [...m.entries, ...out[p].entries.filter((e) => e.startsWith("country."))];
          break;
        }
      }
    }
    // Else a country named in the same sentence ("South Korea evacuated 80 people") — but not for a
    // named person ("President Michel Suleiman"), who is usually someone else's counterpart.
    const named = head.pos === "PROPN";
    // Officials met by a visitor in a story filed from their country: that country.
    // (only when the story is about that country at all: among its two most mentioned).
    if (
      country === null &&
      datelineCountry !== null &&
      m.via !== "adjective" &&
      topTwo.includes(datelineCountry)
    )
      country = datelineCountry;
    if (country === null && m.via !== "adjective" && !named) {
      for (let p = out.length - 1; p >= 0 && out[p].sentence === m.sentence; p--) {
        if (out[p].country !== null && !out[p].locative && out[p].via !== "adjective") {
          country = out[p].country;
          break;
        }
      }
    }
    if (country === null)
      country = nearestPlace(mentions, m) ?? placeCountryBySentence.get(m.sentence) ?? dominant;
    if (country === null) {
      out.push(m);
      continue;
    }
    out.push({
      ...m,
      country,
      entries,
      code: actorCode(country, m.role),
      via: m.via === "compose" ? "coref" : m.via,
    });
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

/**
 * "Both countries", "the two sides": the two actors the story is about so far (the two most
 * mentioned countries or organisations), as one group mention whose members events expand.
 */
export function bothSides(
  tokens: readonly Token[],
  from: number,
  to: number,
  previous: readonly ActorMention[],
  text: string,
  sentence: number,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!BOTH.has(tokens[i].normal) || !SIDES.has(tokens[i + 1].normal)) continue;
    if (tokens[i].normal === "two" && tokens[i - 1]?.normal !== "the") continue;
    const counts = new Map<string, { n: number; m: ActorMention }>();
    for (const m of previous) {
      if (m.locative || m.via === "adjective" || m.via === "pronoun" || m.members) continue;
      const key = m.country ?? m.code;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { n: 1, m });
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
export function quotedSpeaker(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly ActorMention[],
  text: string,
  sentence: number,
): ActorMention[] {
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
    const next = tokens[i + 1];
    if (next === undefined || (next.pos !== "VERB" && next.pos !== "AUX" && next.pos !== "ADV")) continue;
    out.push(referTo(speaker, tokens[i], text, sentence));
  }
  return out;
}
