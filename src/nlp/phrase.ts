import { fold } from "./fold.js";
import { wink } from "./wink.js";

/** Splits a dictionary phrase into folded token keys exactly as the tokenizer splits story text. */
export function phraseKeys(phrase: string): string[] {
  const nlp = wink();
  const out = nlp.readDoc(phrase).tokens().out() as string[];
  return out.map(fold);
}
