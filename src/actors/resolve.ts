import type { ActorMention, Token } from "../model/types.js";
import { actorCode } from "./compose.js";

/**
 * A role without a country ("the ministry", "officials", "its diplomats") takes a country from
 * context: after a possessive pronoun, the sentence's earlier actor; with a definite article or in
 * the singular, the latest earlier mention with the same role; else a place named in its sentence;
 * else the story's most mentioned country.
 */
/** The country of the locative mention nearest to `m` in its sentence ("President X … visit to Beirut"). */
function nearestPlace(
  mentions: readonly ActorMention[],
  m: ActorMention,
  tokens: readonly Token[],
  datelineEnd = 0,
): string | null {
  let best: ActorMention | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const o of mentions) {
    // The dateline ("CAIRO —") is where the story was filed, not where its actors are.
    if (o.sentence !== m.sentence || !o.locative || o.country === null || basedIn(tokens, o)) continue;
    if (o.span[1] <= datelineEnd) continue;
    const gap = o.tokens[0] >= m.tokens[1] ? o.tokens[0] - m.tokens[1] : m.tokens[0] - o.tokens[1];
    if (gap < bestGap) [best, bestGap] = [o, gap];
  }
  return best?.country ?? null;
}

/** Roles of state officials, who are found where a story is filed (not gunmen or crowds). */
const OFFICIAL_ROLES: ReadonlySet<string> = new Set(["GOV", "COP", "MIL", "LEG", "JUD", "SPY"]);

export function fillCountries(
  mentions: ActorMention[],
  placeCountryBySentence: Map<number, string>,
  tokens: readonly Token[],
  datelineCountry: string | null = null,
  datelineEnd = 0,
): ActorMention[] {
  const counts = new Map<string, number>();
  const out: ActorMention[] = [];
  for (const m of mentions) {
    // The story's countries: those of its actors and places, not of the outlets quoted.
    if (m.country !== null && m.role !== "MED" && !basedIn(tokens, m) && m.span[1] > datelineEnd)
      counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
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
    // Apposition: "The US commander in Iraq, General David Petraeus,", "John Kerry, the
    // Secretary of State," — the same actor.
    const det = tokens[m.tokens[0] - 1]?.pos === "DET" ? 1 : 0;
    if (tokens[m.tokens[0] - 1 - det]?.normal === ",") {
      const prev = out[out.length - 1];
      const comma = m.tokens[0] - 1 - det;
      if (prev !== undefined && prev.sentence === m.sentence && prev.country !== null && !prev.locative) {
        const gap = tokens.slice(prev.tokens[1], comma);
        if (gap.length <= 3 && gap.every((t) => t.pos === "ADP" || t.pos === "DET" || t.pos === "PROPN"))
          country = prev.country;
      }
    }
    // "his government", "her ministry": the country of the latest person or official before it.
    if (country === null && (before === "his" || before === "her")) {
      for (let p = out.length - 1; p >= 0 && out[p].sentence >= m.sentence - 1; p--) {
        const o = out[p];
        if (
          o.country !== null &&
          !o.locative &&
          o.via !== "adjective" &&
          (o.via === "person" || o.role === "GOV")
        ) {
          country = o.country;
          break;
        }
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
    // Refugees and migrants are rarely of the country that hosts or turns them away: without a
    // stated country (or an earlier mention of them) they stay of unknown country …
    if (country === null && m.role === "REF") {
      // … except the place they are named with ("refugees fleeing the war in Liberia").
      const place = nearestPlace(mentions, m, tokens, datelineEnd);
      out.push(place === null ? m : { ...m, country: place, code: actorCode(place, m.role), via: "coref" });
      continue;
    }
    // Officials met by a visitor in a story filed from their country: that country.
    // (only when the story is about that country at all: among its two most mentioned).
    if (
      country === null &&
      datelineCountry !== null &&
      m.via !== "adjective" &&
      OFFICIAL_ROLES.has(m.role ?? "") &&
      topTwo.includes(datelineCountry)
    )
      country = datelineCountry;
    // An envoy is abroad by office: "the envoy was summoned by the ministry" names two countries.
    if (country === null && m.via !== "adjective" && !named) {
      for (let p = out.length - 1; p >= 0 && out[p].sentence === m.sentence; p--) {
        if (
          out[p].country !== null &&
          !out[p].locative &&
          out[p].via !== "adjective" &&
          !out[p].entries.includes("role.ambassador")
        ) {
          country = out[p].country;
          break;
        }
      }
    }
    if (country === null)
      country =
        nearestPlace(mentions, m, tokens, datelineEnd) ?? placeCountryBySentence.get(m.sentence) ?? dominant;
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

/** "a UK-based group": a place that says where someone is based, not where things happen. */
export function basedIn(tokens: readonly Token[], m: ActorMention): boolean {
  return tokens[m.tokens[1]]?.normal === "-" && tokens[m.tokens[1] + 1]?.normal === "based";
}
