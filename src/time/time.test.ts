import assert from "node:assert/strict";
import { mock, test } from "node:test";
import type { Knowledge } from "../dict/knowledge.js";
import { type Doc, type EventRecord, newDoc } from "../model/types.js";
import { tokenize } from "../nlp/tokenize.js";
import { timeStage } from "./stage.js";

const KB = {} as Knowledge;

function makeDoc(text: string, published: string | null): Doc {
  const doc = newDoc({
    id: "t1",
    url: null,
    title: null,
    published,
    text,
    origin: { file: null, line: null, format: "inline" },
  });
  return { ...doc, ...tokenize(text) };
}

/** An event whose trigger is the first occurrence of `trigger` in the story. */
function event(doc: Doc, trigger: string): EventRecord {
  const at = doc.story.text.indexOf(trigger);
  assert.ok(at >= 0, `trigger "${trigger}" not in the text`);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  assert.ok(sentence);
  return {
    story: doc.story.id,
    sentenceIndex: sentence.index,
    sentence: doc.story.text.slice(sentence.start, sentence.end),
    span: [sentence.start, sentence.end],
    trigger: [at, at + trigger.length],
    source: { code: "AZEGOV", country: "AZE", role: "GOV", text: "Azerbaijan", entries: [] },
    target: { code: "RUSGOV", country: "RUS", role: "GOV", text: "Russia", entries: [] },
    code: "114",
    root: "11",
    quad: 3,
    goldstein: -2,
    plover: null,
    date: null,
    dateStated: false,
    place: null,
    placeStated: false,
    // Nominal triggers (nouns ending in -ion, -ment, …) are marked as the coder marks them.
    rule: /(ion|ment|ure|ack|ade)$/.test(trigger) ? "test/noun" : "test/active",
    confidence: 1,
  };
}

/** Runs the stage on `text` with one event per trigger; returns the events' dates. */
function datesOf(text: string, triggers: string[], published: string | null = "2025-06-30") {
  const doc = makeDoc(text, published);
  const out = timeStage.run({ ...doc, events: triggers.map((t) => event(doc, t)) }, KB);
  return out.events.map((e) => ({ date: e.date, stated: e.dateStated }));
}

function dateOf(text: string, trigger: string, published: string | null = "2025-06-30") {
  return datesOf(text, [trigger], published)[0];
}

// The reference day of these tests, 2025-06-30, is a Monday.

test("a weekday is the latest such day on or before publication", () => {
  assert.deepEqual(dateOf("Police raided two cafes on Saturday.", "raided"), {
    date: "2025-06-28",
    stated: true,
  });
  assert.deepEqual(dateOf("They met Thursday to discuss the border.", "met"), {
    date: "2025-06-26",
    stated: true,
  });
});

test("a possessive weekday dates the noun it modifies", () => {
  assert.deepEqual(dateOf("Friday's raids angered the ministry.", "raids"), {
    date: "2025-06-27",
    stated: true,
  });
});

test("the publication's own weekday is the publication day, unless 'last'", () => {
  assert.equal(dateOf("The envoy was summoned on Monday.", "summoned").date, "2025-06-30");
  assert.equal(dateOf("The envoy was summoned last Monday.", "summoned").date, "2025-06-23");
});

test("a future clause looks forward: 'will meet next Tuesday'", () => {
  assert.equal(dateOf("The two ministers will meet next Tuesday.", "meet").date, "2025-07-01");
  assert.equal(dateOf("He said he would visit the capital on Thursday.", "visit").date, "2025-07-03");
});

test("a month alone is in the past and written YYYY-MM", () => {
  assert.deepEqual(dateOf("The army shot down a plane in December.", "shot down"), {
    date: "2024-12",
    stated: true,
  });
  assert.equal(dateOf("Talks broke down in April.", "broke down").date, "2025-04");
});

test("a month in a clause about the future stays ahead", () => {
  assert.equal(dateOf("The minister is to visit the region in December.", "visit").date, "2025-12");
});

test("a month and day without a year is the latest on or before publication", () => {
  assert.equal(dateOf("The embassy closed on Nov. 5.", "closed").date, "2024-11-05");
  assert.equal(dateOf("The embassy closed on June 12.", "closed").date, "2025-06-12");
});

test("vague periods give YYYY-MM or YYYY", () => {
  assert.equal(dateOf("Talks collapsed last week.", "collapsed").date, "2025-06");
  assert.equal(dateOf("The ministry protested last month.", "protested").date, "2025-05");
  assert.equal(dateOf("The ministry protested this week.", "protested").date, "2025-06");
  assert.equal(dateOf("Earlier this year, the court banned the party.", "banned").date, "2025");
  assert.equal(dateOf("The agency recommended it two years ago.", "recommended").date, "2023");
});

test("a year alone is YYYY; decades are ignored", () => {
  assert.equal(dateOf("In 1997, the two countries signed a treaty.", "signed").date, "1997");
  assert.equal(dateOf("The 2003 invasion toppled the government.", "invasion").date, "2003");
  // A year modifying a noun dates that noun, not another verb's act.
  assert.equal(dateOf("Rivals from the 2022 election protested.", "protested").date, "2025-06-30");
  assert.deepEqual(dateOf("Trade grew in the early 2000s.", "grew"), { date: "2025-06-30", stated: false });
});

test("yesterday and today are days", () => {
  assert.deepEqual(
    datesOf("Troops crossed the border yesterday and withdrew today.", ["crossed", "withdrew"]).map(
      (d) => d.date,
    ),
    ["2025-06-29", "2025-06-30"],
  );
});

test("times of day are ignored; a weekday after a clock time still counts", () => {
  assert.deepEqual(dateOf("The talks began at 10:30 a.m.", "began"), { date: "2025-06-30", stated: false });
  assert.equal(dateOf("Martial law was declared at 10:30 p.m. Tuesday.", "declared").date, "2025-06-24");
});

test("words that look like dates are not dates", () => {
  assert.equal(dateOf("Protesters march on the square.", "march").stated, false);
  assert.equal(dateOf("The Sun newspaper accused the minister.", "accused").stated, false);
  assert.equal(dateOf("The rebels must withdraw within 48 hours.", "withdraw").stated, false);
});

test("no expression: the publication date, not stated", () => {
  assert.deepEqual(dateOf("Azerbaijan summoned the Russian envoy.", "summoned"), {
    date: "2025-06-30",
    stated: false,
  });
});

test("no publication date: relative dates are unknown, stated years still count", () => {
  assert.deepEqual(dateOf("Police raided two cafes on Saturday.", "raided", null), {
    date: null,
    stated: false,
  });
  assert.deepEqual(dateOf("Azerbaijan summoned the Russian envoy.", "summoned", null), {
    date: null,
    stated: false,
  });
  assert.deepEqual(dateOf("In 1997, the two countries signed a treaty.", "signed", null), {
    date: "1997",
    stated: true,
  });
});

test("each event takes the expression closest to its trigger", () => {
  const text = "Azerbaijan summoned the envoy on Monday after police raids on Saturday.";
  assert.deepEqual(
    datesOf(text, ["summoned", "raids"]).map((d) => d.date),
    ["2025-06-30", "2025-06-28"],
  );
});

test("an expression in the trigger's clause beats a closer one in another clause", () => {
  // "on Friday" belongs to "said"; "in December" to "shot down".
  const text = "The ministry said on Friday that the army shot down a plane in December.";
  assert.equal(dateOf(text, "shot down").date, "2024-12");
  // With nothing in its own clause, the event falls back to the sentence's expression.
  assert.equal(
    dateOf("The ministry said on Friday that police arrested 50 people.", "arrested").date,
    "2025-06-27",
  );
});

test("the fronted expression of a future sentence looks forward", () => {
  assert.equal(dateOf("On Friday, the president will travel to the capital.", "travel").date, "2025-07-04");
  assert.equal(
    dateOf("The ministry said on Friday that police will raid the homes.", "said").date,
    "2025-06-27",
  );
});

test("time mentions of event sentences are recorded with span, sentence and rule", () => {
  const base = makeDoc("Nothing happened on Friday. Police raided two cafes on Saturday.", "2025-06-30");
  const doc = { ...base, events: [event(base, "raided")] };
  const out = timeStage.run(doc, KB);
  assert.equal(out.times.length, 1);
  const [t] = out.times;
  assert.equal(t.text, "on Saturday");
  assert.equal(doc.story.text.slice(t.span[0], t.span[1]), "on Saturday");
  assert.equal(t.sentence, 1);
  assert.equal(t.date, "2025-06-28");
  assert.equal(t.rule, "time.weekday");
});

test("the stage is pure: new arrays, input untouched", () => {
  const doc = makeDoc("Police raided two cafes on Saturday.", "2025-06-30");
  const input = { ...doc, events: [event(doc, "raided")] };
  const before = structuredClone(input);
  const out = timeStage.run(input, KB);
  assert.deepEqual(input, before);
  assert.notEqual(out.events, input.events);
  assert.notEqual(out.events[0], input.events[0]);
});

test("the stage never reads the clock", () => {
  const text =
    "Police raided two cafes on Saturday. The army shot down a plane in December. Talks collapsed last week. " +
    "The ministers will meet next Tuesday. Troops withdrew yesterday.";
  const run = () => {
    const doc = makeDoc(text, "2025-06-30");
    const events = ["raided", "shot down", "collapsed", "meet", "withdrew"].map((t) => event(doc, t));
    return timeStage.run({ ...doc, events }, KB);
  };
  const real = run();
  for (const now of [Date.UTC(1999, 0, 1), Date.UTC(2031, 10, 17, 23, 59)]) {
    mock.timers.enable({ apis: ["Date"], now });
    try {
      assert.equal(Date.now(), now);
      const mocked = run();
      assert.deepEqual(mocked.times, real.times);
      assert.deepEqual(mocked.events, real.events);
    } finally {
      mock.timers.reset();
    }
  }
  assert.deepEqual(
    real.events.map((e) => e.date),
    ["2025-06-28", "2024-12", "2025-06", "2025-07-01", "2025-06-29"],
  );
});

test("an announced act is dated by its announcement, not by the time it is announced for", () => {
  const doc = makeDoc("Azerbaijan will expel the envoy after the talks on Friday.", "2025-06-30");
  const announced = { ...event(doc, "expel"), rule: "test/active/future" };
  const out = timeStage.run({ ...doc, events: [announced] }, KB).events;
  assert.deepEqual([out[0].date, out[0].dateStated], ["2025-06-30", false]);
});

test("a simple-past sentence after one opening with an old date continues that narrative", () => {
  const story = (text: string, triggers: string[]) => {
    const doc = makeDoc(text, "2017-01-13");
    return timeStage
      .run({ ...doc, events: triggers.map((t) => event(doc, t)) }, KB)
      .events.map((e) => e.date);
  };
  assert.deepEqual(
    story("In 1998, rebels bombed the embassy. In retaliation, the army shelled their camps.", [
      "bombed",
      "shelled",
    ]),
    ["1998", "1998"],
  );
  assert.deepEqual(
    story("In 1998, rebels bombed the embassy. The army is shelling their camps now.", [
      "bombed",
      "shelling",
    ]),
    ["1998", "2017-01-13"],
  );
  assert.deepEqual(
    story("Rebels bombed the embassy in 1998. The army shelled their camps.", ["bombed", "shelled"]),
    ["1998", "2017-01-13"],
  );
});

test("a time right after a later verb dates that verb, unless it reports the sentence", () => {
  assert.deepEqual(dateOf("The League condemned the move announced on Saturday.", "condemned"), {
    date: "2025-06-30",
    stated: false,
  });
  assert.deepEqual(dateOf("Azerbaijan summoned the envoy, the ministry said on Saturday.", "summoned"), {
    date: "2025-06-28",
    stated: true,
  });
});
