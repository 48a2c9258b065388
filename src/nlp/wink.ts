import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** The wink-nlp instance with the English lite model; loaded once per process or worker. */
export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;

export function wink(): Wink {
  // A load-once cache of an immutable model: no state is shared between documents.
  if (instance === null) instance = winkNLP(model, ["sbd", "pos"]);
  return instance;
}
