import type { ActorMention, Doc, Token } from "../model/types.js";
import { findDateline } from "../nlp/dateline.js";
import type { Stage } from "../pipeline/stage.js";
import { compose, type NameBook } from "./compose.js";
import { bothSides, namesAgain, pronouns, quotedSpeaker, type Scope, theCountry, they } from "./coref.js";
import { findHits } from "./hits.js";
import { placeCountries } from "./placed.js";
import { basedIn, fillCountries } from "./resolve.js";

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
    // A verb that alone codes force or travel in the pattern dictionary (roots 04 and 15–20).
    const actsOnOthers = (t: Token) =>
      (kb.patterns.forms.get(t.normal) ?? []).some((lemma) =>
        (kb.patterns.verbs.get(lemma) ?? []).some(
          (p) => p.object === null && p.words.length === 0 && /^(04|1[5-9]|20)/.test(p.entry.code),
        ),
      );
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
      const country = theCountry(scope, all, [...composed, ...again, ...pro], actsOnOthers);
      const sentenceMentions = [...composed, ...again, ...pro, ...group, ...sides, ...quoted, ...country]
        .sort((a, b) => a.tokens[0] - b.tokens[0])
        // The dateline's place ("CAIRO — …") is where the story was filed, not an actor.
        .map((m) =>
          dateline !== null && m.span[1] <= dateline.span[1]
            ? { ...m, locative: true, role: null, code: m.country ?? m.code }
            : m,
        );
      for (const m of sentenceMentions) {
        const inDateline = dateline !== null && m.span[1] <= dateline.span[1];
        if (
          m.locative &&
          m.country !== null &&
          !inDateline &&
          !basedIn(tokens, m) &&
          !placeCountry.has(s.index)
        )
          placeCountry.set(s.index, m.country);
      }
      all.push(...sentenceMentions);
    }
    const datelineCountry =
      dateline === null
        ? null
        : (all.find((m) => m.span[1] <= dateline.span[1] && m.country !== null)?.country ?? null);
    const placed = kb.gazetteer ? placeCountries(all, tokens, (name) => kb.gazetteer.lookup(name)) : all;
    return {
      ...doc,
      actors: fillCountries(placed, placeCountry, tokens, datelineCountry, dateline?.span[1] ?? 0),
    };
  },
};
