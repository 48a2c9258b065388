import type { ActorMention, Token } from "../model/types.js";
import { WEEKDAY_NAMES } from "../nlp/calendar-words.js";
import type { Hit } from "./hits.js";
import { type ActorLexicon, personCodeOn } from "./lexicon.js";

/** People introduced in the story by title or apposition, found again by surname later. */
export type NameBook = Map<string, { country: string | null; role: string | null; entries: string[] }>;

/**
 * Prepositions after which a country or capital is where something happens, not an actor.
 * Directional ones ("to", "into", "toward") are left out: "sent aid to Syria" names a recipient.
 * "from" is left out too: "a plane from Baku" is handled by the events stage.
 */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "across",
  "over",
  "inside",
  "around",
  "throughout",
  "within",
]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const FILLER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** The next token is a common noun that is not the start of another dictionary phrase. */
/** Time words tagged as nouns that follow an actor without being modified by it ("the ministry yesterday"). */
const TIME_NOUNS = new Set(["yesterday", "today", "tonight", "tomorrow", "overnight", ...WEEKDAY_NAMES]);

function isModifierNoun(t: Token | undefined, nextHit: Hit | undefined, at: number): boolean {
  if (t === undefined || t.pos !== "NOUN" || TIME_NOUNS.has(t.normal)) return false;
  return nextHit === undefined || nextHit.start !== at;
}

/** Preceded by a locative preposition, over determiners and adjectives ("in western Kazakhstan"). */
function isLocative(tokens: readonly Token[], start: number, end = start + 1): boolean {
  // "a UK-based group": a place that qualifies where something is based.
  if (tokens[end]?.normal === "-" && tokens[end + 1]?.normal === "based") return true;
  let j = start - 1;
  while (
    j >= 0 &&
    j > start - 4 &&
    (tokens[j].pos === "DET" || tokens[j].pos === "ADJ" || tokens[j].normal === "the")
  )
    j--;
  if (j >= 0 && LOCATIVE.has(tokens[j].normal)) return true;
  // "120 miles east of Bahrain", "north of Baghdad": a bearing from a place.
  return j >= 1 && tokens[j].normal === "of" && BEARINGS.has(tokens[j - 1].normal);
}

const BEARINGS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "north-east",
  "north-west",
  "south-east",
  "south-west",
]);

const isPossessive = (t: Token | undefined) => t !== undefined && POSSESSIVE.has(t.normal);
const isNameToken = (t: Token | undefined) =>
  t !== undefined &&
  /^[A-Z][\p{L}'’.-]*$/u.test(t.text) &&
  (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ");

export function actorCode(country: string | null, role: string | null, orgCode?: string): string {
  if (orgCode) return orgCode;
  return `${country ?? "---"}${role ?? ""}`;
}

interface Ctx {
  tokens: readonly Token[];
  text: string;
  sentence: number;
  lex: ActorLexicon;
  date: string | null;
  names: NameBook;
}

function mention(
  ctx: Ctx,
  start: number,
  end: number,
  actor: { country: string | null; role: string | null; code?: string },
  entries: string[],
  via: ActorMention["via"],
  locative = false,
): ActorMention {
  const span: [number, number] = [ctx.tokens[start].start, ctx.tokens[end - 1].end];
  return {
    code: actorCode(actor.country, actor.role, actor.code),
    country: actor.country,
    role: actor.role,
    tokens: [start, end],
    span,
    text: ctx.text.slice(span[0], span[1]),
    sentence: ctx.sentence,
    entries,
    via,
    locative,
  };
}

/** Extends a title mention over the person's name that follows ("President Ilham Aliyev"). */
function nameAfter(ctx: Ctx, at: number, limit: number): number {
  let j = at;
  while (j < limit && isNameToken(ctx.tokens[j]) && j - at < 4) j++;
  return j;
}

function remember(
  ctx: Ctx,
  from: number,
  to: number,
  actor: { country: string | null; role: string | null },
  entries: string[],
) {
  if (to - from < 1) return;
  // Family names come first in some languages ("Yoon Suk Yeol" → "Yoon"): remember first and last.
  for (const i of new Set([from, to - 1])) {
    const name = ctx.tokens[i].text;
    if (name.length > 2 && !ctx.names.has(name)) ctx.names.set(name, { ...actor, entries });
  }
}

/**
 * Composes dictionary hits of one sentence into actor mentions:
 * country/capital (+'s) or adjective + role ("Azerbaijan's Foreign Ministry", "Russian police"),
 * role + in/of + country ("authorities in Baku"), titles with names, people by date, organisations,
 * capitals and seats as governments, demonyms as civilians.
 */
export function compose(hits: readonly Hit[], ctx: Ctx, sentenceEnd: number): ActorMention[] {
  const out: ActorMention[] = [];
  const { tokens } = ctx;
  let k = 0;
  while (k < hits.length) {
    const h = hits[k];
    const next = hits[k + 1];
    const hit = h.hit;
    const isModifier =
      hit.kind === "country" || hit.kind === "capital" || hit.kind === "adjective" || hit.kind === "seat";
    // "US and British activists": the role noun distributes over coordinated country modifiers.
    const after = hits[k + 2];
    if (
      isModifier &&
      next !== undefined &&
      (next.hit.kind === "adjective" || next.hit.kind === "country") &&
      tokens[h.end]?.normal === "and" &&
      next.start === h.end + 1 &&
      after !== undefined &&
      after.hit.kind === "role" &&
      after.start === next.end
    ) {
      const role = after.hit.role;
      out.push(
        mention(ctx, h.start, h.end, { country: hit.country, role }, [hit.entry, after.hit.entry], "compose"),
      );
      k++;
      continue;
    }
    if (isModifier && next !== undefined && next.hit.kind === "role") {
      // Modifier, optional possessive, up to 3 filler tokens, then a role noun.
      let j = h.end;
      if (isPossessive(tokens[j])) j++;
      let gapOk = true;
      for (let g = j; g < next.start; g++)
        if (!FILLER_POS.has(tokens[g].pos) || tokens[g].normal === "and") gapOk = false;
      if (gapOk && next.start - j <= 3) {
        const role = next.hit.role;
        let end = next.end;
        // Merge a run of role nouns ("law enforcement authorities", "foreign ministry spokesman").
        let m = k + 1;
        while (hits[m + 1] !== undefined && hits[m + 1].hit.kind === "role" && hits[m + 1].start === end) {
          end = hits[m + 1].end;
          m++;
        }
        const entries = [hit.entry, next.hit.entry];
        const actor = { country: hit.country, role };
        const titled = hits[m].hit.kind === "role" && (hits[m].hit as { title: boolean }).title;
        const personHit = hits[m + 1];
        if (personHit !== undefined && personHit.hit.kind === "person" && personHit.start === end) {
          remember(ctx, personHit.start, personHit.end, actor, [...entries, personHit.hit.entry]);
          end = personHit.end;
          entries.push(personHit.hit.entry);
          m++;
        } else if (titled) {
          const nameEnd = nameAfter(ctx, end, sentenceEnd);
          if (nameEnd > end) remember(ctx, end, nameEnd, actor, entries);
          end = nameEnd;
        }
        const am = mention(ctx, h.start, end, actor, entries, "compose");
        out.push(am);
        appositive(ctx, am, end, sentenceEnd);
        k = m + 1;
        continue;
      }
    }
    if (hit.kind === "role") {
      let end = h.end;
      let m = k;
      while (hits[m + 1] !== undefined && hits[m + 1].hit.kind === "role" && hits[m + 1].start === end) {
        end = hits[m + 1].end;
        m++;
      }
      const entries = [hit.entry];
      let country: string | null = null;
      const after = hits[m + 1];
      const prep = tokens[end];
      // Role + in/of + country ("the government of Azerbaijan", "authorities in Baku").
      if (
        after !== undefined &&
        prep !== undefined &&
        (prep.normal === "in" || prep.normal === "of") &&
        (after.start === end + 1 || (after.start === end + 2 && tokens[end + 1].normal === "the")) &&
        (after.hit.kind === "country" || after.hit.kind === "capital")
      ) {
        country = after.hit.country;
        entries.push(after.hit.entry);
        const am = mention(ctx, h.start, after.end, { country, role: hit.role }, entries, "compose");
        out.push(am);
        k = m + 2;
        continue;
      }
      const personHit = hits[m + 1];
      if (personHit !== undefined && personHit.hit.kind === "person" && personHit.start === end) {
        const pm = personMention(ctx, h.start, personHit, [hit.entry]);
        remember(ctx, personHit.start, personHit.end, pm, pm.entries);
        out.push(pm);
        k = m + 2;
        continue;
      }
      const titled = (hits[m].hit as { title: boolean }).title;
      const nameEnd = titled ? nameAfter(ctx, end, sentenceEnd) : end;
      // A role noun modifying another noun ("a refugee camp", "police arrests") is not itself the
      // actor of a verb; it can still be the source of that nominal event or a target's modifier.
      const modifier = !titled && nameEnd === end && isModifierNoun(tokens[end], hits[m + 1], end);
      const am = mention(
        ctx,
        h.start,
        nameEnd,
        { country: null, role: hit.role },
        entries,
        modifier ? "adjective" : "compose",
      );
      if (nameEnd > end) remember(ctx, end, nameEnd, { country: null, role: hit.role }, entries);
      out.push(am);
      k = m + 1;
      continue;
    }
    if (hit.kind === "person") {
      // A bare surname of someone never in office near the story's date, and not named in full
      // earlier in the story, is likely someone else ("Shaheen" in 1987 is not a 2020 envoy).
      if (hit.surname && !ctx.names.has(tokens[h.start].text) && !servesNear(h, ctx.date)) {
        k++;
        continue;
      }
      const pm = personMention(ctx, h.start, h, []);
      if (h.end - h.start > 1) remember(ctx, h.start, h.end, pm, pm.entries);
      out.push(pm);
      k++;
      continue;
    }
    const locative = isLocative(tokens, h.start, h.end);
    if (hit.kind === "org") {
      let end = h.end;
      // "FSB agents", "Hamas fighters": the organisation's code covers its members.
      if (next !== undefined && next.start === end && next.hit.kind === "role") {
        end = next.end;
        k++;
      }
      // "Sputnik Azerbaijan": a country name right after an organisation belongs to its name.
      if (
        next !== undefined &&
        next.start === end &&
        (next.hit.kind === "country" || next.hit.kind === "capital")
      ) {
        end = next.end;
        k++;
      }
      out.push(
        mention(
          ctx,
          h.start,
          end,
          { country: hit.country, role: hit.role, code: hit.code },
          [hit.entry],
          "phrase",
        ),
      );
      k++;
      continue;
    }
    if (hit.kind === "country") {
      out.push(
        mention(ctx, h.start, h.end, { country: hit.country, role: null }, [hit.entry], "phrase", locative),
      );
    } else if (hit.kind === "capital" || hit.kind === "seat") {
      const role = locative ? null : "GOV";
      // "a Moscow mansion": a capital modifying a common noun names no actor.
      // "Mugabe's “Blue House” compound": a seat owned by someone else is a building, not a government.
      const owned =
        isPossessive(tokens[h.start - 1]) ||
        (isPossessive(tokens[h.start - 2]) && tokens[h.start - 1]?.pos === "PUNCT");
      const modifier = owned || (!locative && tokens[h.end]?.pos === "NOUN" && next?.start !== h.end);
      out.push(
        mention(
          ctx,
          h.start,
          h.end,
          { country: hit.country, role },
          [hit.entry],
          modifier ? "adjective" : "phrase",
          locative,
        ),
      );
    } else if (hit.kind === "demonym") {
      // "ethnic Albanians": an ethnic group, of the country where it lives (resolved later).
      const ethnic = tokens[h.start - 1]?.normal === "ethnic";
      const country = ethnic ? null : hit.country;
      out.push(mention(ctx, h.start, h.end, { country, role: "CVL" }, ethnic ? [] : [hit.entry], "phrase"));
    } else if (hit.kind === "adjective") {
      const group = tokens[h.end];
      const groupEnd = h.end + 1;
      if (
        group !== undefined &&
        group.pos === "PROPN" &&
        /^[A-Z][a-z]+s$/.test(group.text) &&
        next?.start !== h.end &&
        tokens[groupEnd]?.pos !== "PROPN"
      ) {
        // "Iraqi Kurds", "Syrian Alawites": an adjective with a people's name is that country's people.
        const ethnic = tokens[h.start - 1]?.normal === "ethnic";
        out.push(
          mention(
            ctx,
            h.start,
            groupEnd,
            { country: ethnic ? null : hit.country, role: "CVL" },
            [hit.entry],
            "compose",
          ),
        );
      }
      // A lone adjective is an actor only as the modifier of a nominal event ("Russian air strikes").
      else
        out.push(
          mention(ctx, h.start, h.end, { country: hit.country, role: null }, [hit.entry], "adjective"),
        );
    }
    k++;
  }
  const named = namedBefore(ctx, out);
  return named.length === 0 ? out : [...out, ...named].sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/**
 * "Jeff Rathke, the State Department spokesperson, said": a name right before an apposition
 * that is an actor is that actor, so the bare surname is found again later in the story.
 */
function namedBefore(ctx: Ctx, mentions: readonly ActorMention[]): ActorMention[] {
  const { tokens } = ctx;
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.via === "person" || m.via === "adjective" || m.locative || m.country === null) continue;
    // Officials only: "a China scholar" describes expertise, not who the person acts for.
    if (!["GOV", "MIL", "COP", "JUD", "LEG", "SPY"].includes(m.role ?? "")) continue;
    let comma = m.tokens[0] - 1;
    if (tokens[comma]?.pos === "DET") comma--;
    if (tokens[comma]?.normal !== ",") continue;
    let start = comma;
    while (
      start > 0 &&
      isNameToken(tokens[start - 1]) &&
      tokens[start - 1].pos === "PROPN" &&
      comma - start < 3
    )
      start--;
    const taken = mentions.some((o) => o.tokens[0] < comma && o.tokens[1] > start);
    if (comma - start < 2 || taken) continue;
    const actor = { country: m.country, role: m.role };
    remember(ctx, start, comma, actor, m.entries);
    out.push(mention(ctx, start, comma, actor, m.entries, "coref"));
  }
  return out;
}

/** Years around a story's date within which a person's office makes a bare surname theirs. */
const SURNAME_YEARS = 3;

/** Does some person sharing this hit's name hold an office within SURNAME_YEARS of `date`? */
function servesNear(h: Hit, date: string | null): boolean {
  if (date === null) return true;
  const year = Number(date.slice(0, 4));
  const people = [h.hit, ...h.alternates].flatMap((x) => (x.kind === "person" ? [x.person] : []));
  return people.some((p) =>
    p.terms.some((t) => {
      const from = Number(t.from.slice(0, 4));
      const to = t.to === null ? Number.POSITIVE_INFINITY : Number(t.to.slice(0, 4));
      return year >= from - SURNAME_YEARS && year <= to + SURNAME_YEARS;
    }),
  );
}

function personMention(ctx: Ctx, start: number, h: Hit, entries: string[]): ActorMention {
  if (h.hit.kind !== "person") throw new TypeError("not a person hit");
  // People sharing a name ("Bush"): the one in office on the story's date.
  let chosen = h.hit;
  for (const alt of h.alternates) {
    if (
      alt.kind === "person" &&
      personCodeOn(chosen.person, ctx.date) === null &&
      personCodeOn(alt.person, ctx.date) !== null
    ) {
      chosen = alt;
    }
  }
  // Out of office on the story's date: a former official is an elite of the country (CAMEO ELI).
  const office = personCodeOn(chosen.person, ctx.date);
  const formerCountry = chosen.person.terms[chosen.person.terms.length - 1]?.code.slice(0, 3);
  const code = office?.code ?? (formerCountry ? `${formerCountry}ELI` : null);
  const country = code ? code.slice(0, 3) : null;
  const role = code ? code.slice(3, 6) || null : null;
  return mention(ctx, start, h.end, { country, role }, [...entries, chosen.entry], "person");
}

/** "Russia's chargé d'affaires, Pyotr Volokovykh," — the name takes the actor of the role. */
function appositive(ctx: Ctx, am: ActorMention, end: number, limit: number): void {
  const { tokens } = ctx;
  if (tokens[end]?.normal !== ",") return;
  const nameEnd = nameAfter(ctx, end + 1, limit);
  if (nameEnd - (end + 1) >= 2)
    remember(ctx, end + 1, nameEnd, { country: am.country, role: am.role }, am.entries);
}
