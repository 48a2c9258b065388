import type { Doc, Sentence, Token } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { wink } from "./wink.js";

/**
 * Splits the story body into sentences and tokens with wink-nlp, recording each token's
 * half-open character span in the body, its part of speech (UD tags) and lemma.
 */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out() as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma) as string[];
  const tokens: Token[] = [];
  const starts: number[] = new Array(values.length);
  let offset = 0;
  // wink keeps the text recoverable: preceding spaces + value, token after token.
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }
  const sentences: Sentence[] = [];
  let sentenceIndex = 0;
  wdoc.sentences().each((s: { out: (f?: unknown) => unknown; tokens: () => { length: () => number } }, k: number) => {
    void k;
    const span = (s as unknown as { out: (f: unknown) => [number, number] }).out(its.span);
    const [first, last] = span;
    let tokenStart = -1;
    for (let i = first; i <= last; i++) {
      if (pos[i] === "SPACE") continue;
      if (tokenStart < 0) tokenStart = tokens.length;
      const value = values[i];
      tokens.push({
        i: tokens.length,
        start: starts[i],
        end: starts[i] + value.length,
        text: value,
        normal: value.toLowerCase(),
        lemma: lemmas[i].toLowerCase(),
        pos: pos[i],
        sentence: sentenceIndex,
      });
    }
    if (tokenStart < 0) return;
    const firstTok = tokens[tokenStart];
    const lastTok = tokens[tokens.length - 1];
    sentences.push({
      index: sentenceIndex,
      start: firstTok.start,
      end: lastTok.end,
      tokenStart,
      tokenEnd: tokens.length,
    });
    sentenceIndex++;
  });
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
