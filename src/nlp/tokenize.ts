import type { Doc, Sentence, Token } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { fold } from "./fold.js";
import { wink } from "./wink.js";

/**
 * Splits the story body into sentences and tokens with wink-nlp, recording each token's
 * half-open character span in the body, its part of speech (UD tags) and lemma.
 */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  // wink's typings do not cover every `its` helper: read each token property as a string list.
  const column = (f: unknown) => wdoc.tokens().out(f as never) as unknown as string[];
  const values = column(its.value);
  const spaces = column(its.precedingSpaces);
  const pos = column(its.pos);
  const lemmas = column(its.lemma);
  const starts: number[] = new Array(values.length);
  let offset = 0;
  // wink keeps the text recoverable: preceding spaces + value, token after token.
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }
  const spans: [number, number][] = [];
  wdoc.sentences().each((s: { out: (f: never) => unknown }) => {
    spans.push(s.out(its.span as never) as unknown as [number, number]);
  });
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const tokenStart = tokens.length;
    for (let i = first; i <= last; i++) {
      if (pos[i] === "SPACE") continue;
      const value = values[i];
      tokens.push({
        i: tokens.length,
        start: starts[i],
        end: starts[i] + value.length,
        text: value,
        normal: fold(value),
        // wink leaves some lemmas undefined (e.g. "aint"): fall back to the surface form.
        lemma: fold(lemmas[i] ?? value),
        pos: pos[i],
        sentence: sentences.length,
      });
    }
    if (tokens.length === tokenStart) continue;
    sentences.push({
      index: sentences.length,
      start: tokens[tokenStart].start,
      end: tokens[tokens.length - 1].end,
      tokenStart,
      tokenEnd: tokens.length,
    });
  }
  return { sentences, tokens };
}

export const tokenizeStage: Stage = {
  name: "tokenize",
  reads: ["story"],
  writes: ["sentences", "tokens"],
  run(doc: Doc): Doc {
    const { sentences, tokens } = tokenize(doc.story.text);
    return { ...doc, sentences, tokens };
  },
};
