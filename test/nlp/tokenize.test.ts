import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fold } from "../../src/nlp/fold.js";
import { verbForms } from "../../src/nlp/inflect.js";
import { tokenize } from "../../src/nlp/tokenize.js";

describe("tokenize", () => {
  const text =
    "Norland’s envoy left on Friday.  The talks resumed.\n\nTwo reporters were detained — officials said.";
  const { sentences, tokens } = tokenize(text);
  it("gives every token its exact half-open span in the text", () => {
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
  it("splits sentences and gives each its token range", () => {
    assert.equal(sentences.length, 3);
    assert.equal(text.slice(sentences[1].start, sentences[1].end), "The talks resumed.");
    for (const s of sentences)
      for (let i = s.tokenStart; i < s.tokenEnd; i++) assert.equal(tokens[i].sentence, s.index);
  });
  it("falls back to the surface form where the model has no lemma", () => {
    const odd = tokenize("They said it aint over.");
    assert.ok(odd.tokens.every((t) => typeof t.lemma === "string" && t.lemma.length > 0));
  });
  it("drops whitespace tokens and keeps lemmas and tags", () => {
    assert.ok(tokens.every((t) => t.text.trim() !== ""));
    const detained = tokens.find((t) => t.normal === "detained");
    assert.equal(detained?.lemma, "detain");
  });
});

describe("inflection and folding", () => {
  it("generates regular and irregular verb forms", () => {
    assert.ok(verbForms("summon").includes("summoned"));
    assert.ok(verbForms("shoot").includes("shot"));
    assert.ok(verbForms("ban").includes("banned"));
    assert.ok(verbForms("apologize").includes("apologizing"));
    assert.ok(verbForms("deny").includes("denied"));
  });
  it("folds case, accents and curly apostrophes", () => {
    assert.equal(fold("Chargé d’Affaires"), "charge d'affaires");
  });
});
