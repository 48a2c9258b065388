import type { ActorMention, Doc } from "../model/types.js";
import { findDateline } from "../nlp/dateline.js";
import type { Stage } from "../pipeline/stage.js";
import { compose, type NameBook } from "./compose.js";
import { bothSides, namesAgain, pronouns, quotedSpeaker, type Scope, they } from "./coref.js";
import { findHits } from "./hits.js";
import { fillCountries } from "./resolve.js";

/** Finds actor mentions: dictionary phrases composed into CAMEO actors, then resolved across the story. */
export const actorsStage: Stage = {
  name: "actors",
  reads: ["story", "sentences", "tokens"],
  writes: ["actors"],
  run(doc, kb): Doc {
    const { tokens, story } = doc;
    const names: NameBook = new Map();
    const all: ActorMention[] = [];
    const placeCountry = new Map<number, string>();
    const dateline = findDateline(story.text);
    for (const s of doc.sentences) {
      const hits = findHits(kb.actors, tokens, s.tokenStart, s.tokenEnd);
      const ctx = {
        tokens,
        text: story.text,
        sentence: s.index,
        lex: kb.actors,
        date: story.published,
        names,
      };
      const composed = compose(hits, ctx, s.tokenEnd);
      const scope: Scope = {
        tokens,
        from: s.tokenStart,
        to: s.tokenEnd,
        text: story.text,
        sentence: s.index,
      };
      const again = namesAgain(scope, composed, names);
      const pro = pronouns(scope, [...all, ...composed, ...again]);
      const group = they(scope, all);
      const sides = bothSides(scope, all);
      const quoted = quotedSpeaker(scope, [...composed, ...again]);
      const sentenceMentions = [...composed, ...again, ...pro, ...group, ...sides, ...quoted]
        .sort((a, b) => a.tokens[0] - b.tokens[0])
        // The dateline's place ("CAIRO — …") is where the story was filed, not an actor.
        .map((m) =>
          dateline !== null && m.span[1] <= dateline.span[1]
            ? { ...m, locative: true, role: null, code: m.country ?? m.code }
            : m,
        );
      for (const m of sentenceMentions) {
        const inDateline = dateline !== null && m.span[1] <= dateline.span[1];
        if (m.locative && m.country !== null && !inDateline && !placeCountry.has(s.index))
          placeCountry.set(s.index, m.country);
      }
      all.push(...sentenceMentions);
    }
    const datelineCountry =
      dateline === null
        ? null
        : (all.find((m) => m.span[1] <= dateline.span[1] && m.country !== null)?.country ?? null);
    return { ...doc, actors: fillCountries(all, placeCountry, tokens, datelineCountry) };
  },
};
