import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { code } from "../../src/index.js";
import type { Story } from "../../src/model/types.js";

/** Property: whatever the text, the coder returns well-formed events and never throws. */
const BASE = [
  "Norway's Foreign Ministry summoned Sweden's ambassador on Monday to protest the arrest of two Norwegian fishermen.",
  "Police in Oslo did not arrest anyone, but Swedish troops fired shells at a border post in December.",
  "President Vladimir Putin apologized to Azerbaijani President Ilham Aliyev. He said the talks would resume.",
  "If Iran attacks, the United States and Israel would respond; Egypt and Jordan urged restraint.",
];

const story = (text: string, published: string | null): Story => ({
  id: "fuzz",
  url: null,
  title: null,
  published,
  text,
  origin: { file: null, line: null, format: "inline" },
});

function checkEvents(text: string, published: string | null) {
  const events = code(story(text, published));
  for (const e of events) {
    assert.ok(e.span[0] >= 0 && e.span[0] <= e.span[1] && e.span[1] <= text.length, "span inside the text");
    assert.ok(e.trigger[0] >= e.span[0] && e.trigger[1] <= e.span[1], "trigger inside the span");
    assert.match(e.code, /^\d{3,4}$/);
    assert.equal(e.root, e.code.slice(0, 2));
    assert.ok(e.rule.length > 0);
    if (e.date !== null) assert.match(e.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
}

const mutate = fc
  .tuple(
    fc.constantFrom(...BASE),
    fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 6 })), { maxLength: 6 }),
  )
  .map(([base, edits]) => {
    let s = base;
    for (const [at, del, ins] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ins + s.slice(i + del);
    }
    return s;
  });

describe("coder properties", () => {
  it("never throws on random text and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.constant("2025-06-30")), (text, date) =>
        checkEvents(text, date),
      ),
      { numRuns: 150 },
    );
  });
  it("never throws on mutated news-like sentences", () => {
    fc.assert(
      fc.property(fc.array(mutate, { minLength: 1, maxLength: 5 }), (parts) =>
        checkEvents(parts.join(" "), "2025-06-30"),
      ),
      {
        numRuns: 150,
      },
    );
  });
  it("handles unusual characters and very long sentences", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) =>
        checkEvents(`${text} ${BASE[0].repeat(20)}`, "2025-06-30"),
      ),
      { numRuns: 20 },
    );
  });
});
