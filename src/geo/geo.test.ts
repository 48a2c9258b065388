import assert from "node:assert/strict";
import { test } from "node:test";
import type { Knowledge } from "../dict/knowledge.js";
import { type ActorMention, type Doc, type EventActor, type EventRecord, newDoc } from "../model/types.js";
import { tokenize } from "../nlp/tokenize.js";
import { createGazetteer, type Gazetteer, loadGazetteer } from "./gazetteer.js";
import { geoStage } from "./stage.js";

const gazetteer = loadGazetteer();
const KB = { gazetteer } as Knowledge;

function makeDoc(text: string): Doc {
  const doc = newDoc({
    id: "g1",
    url: null,
    title: null,
    published: "2025-06-30",
    text,
    origin: { file: null, line: null, format: "inline" },
  });
  return { ...doc, ...tokenize(text) };
}

function actor(code: string, country: string | null, text: string): EventActor {
  return { code, country, role: code.slice(3) || null, text, entries: [] };
}

/** An event whose trigger is the first occurrence of `trigger` in the story. */
function event(
  doc: Doc,
  trigger: string,
  source: EventActor = actor("UKRCOP", "UKR", "Police"),
  target: EventActor | null = null,
): EventRecord {
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
    source,
    target,
    code: "173",
    root: "17",
    quad: 4,
    goldstein: -5,
    plover: null,
    date: null,
    dateStated: false,
    place: null,
    placeStated: false,
    rule: "test",
    confidence: 1,
  };
}

/** An actor mention over the first occurrence of `text`. */
function mention(
  doc: Doc,
  text: string,
  code: string,
  country: string | null,
  locative = false,
): ActorMention {
  const at = doc.story.text.indexOf(text);
  const tokens = doc.tokens.filter((t) => t.start >= at && t.end <= at + text.length);
  assert.ok(tokens.length > 0, `"${text}" not in the text`);
  return {
    code,
    country,
    role: code.slice(3) || null,
    tokens: [tokens[0].i, tokens[tokens.length - 1].i + 1],
    span: [tokens[0].start, tokens[tokens.length - 1].end],
    text,
    sentence: tokens[0].sentence,
    entries: [],
    via: "phrase",
    locative,
  };
}

function run(doc: Doc, kb: Knowledge = KB): Doc {
  return geoStage.run(doc, kb);
}

test("'Kiev' is Kyiv, Ukraine, and places the event in its sentence", () => {
  const doc = makeDoc("Police in Kiev detained two journalists on Friday.");
  const out = run({ ...doc, events: [event(doc, "detained")] });
  assert.equal(out.places.length, 1);
  const [place] = out.places;
  assert.equal(place.text, "Kiev");
  assert.equal(place.name, "Kyiv");
  assert.equal(place.country, "UKR");
  assert.equal(place.kind, "city");
  assert.equal(place.entry, "place.kyiv");
  assert.deepEqual(doc.story.text.slice(place.span[0], place.span[1]), "Kiev");
  const [e] = out.events;
  assert.equal(e.placeStated, true);
  assert.equal(e.place?.name, "Kyiv");
  assert.equal(e.place?.country, "UKR");
  assert.ok(e.place?.lat && Math.abs(e.place.lat - 50.45) < 0.1);
});

test("'the Russian city of Yekaterinburg' is in Russia", () => {
  const doc = makeDoc("Police raided cafes in the Russian city of Yekaterinburg last week.");
  const out = run({ ...doc, events: [event(doc, "raided", actor("RUSCOP", "RUS", "Police"))] });
  assert.equal(out.events[0].place?.name, "Yekaterinburg");
  assert.equal(out.events[0].place?.country, "RUS");
  assert.equal(out.events[0].placeStated, true);
  assert.match(out.places[0].entry, /^(geo\.\d+|place\.yekaterinburg)$/);
});

test("'talks in Paris' is Paris, France, not Paris, Texas — even in a story about the United States", () => {
  const doc = makeDoc("American and Iranian diplomats held talks in Paris.");
  const withUsa = { ...doc, actors: [mention(doc, "American", "USA", "USA")] };
  const out = run({ ...withUsa, events: [event(doc, "talks", actor("USAGOV", "USA", "American"))] });
  const paris = out.places.find((p) => p.text === "Paris");
  assert.equal(paris?.country, "FRA");
  assert.equal(out.events[0].place?.country, "FRA");
});

test("a same-named city in a country the story mentions wins", () => {
  // Tripoli is Libya's capital, but a story about Lebanon means Lebanon's Tripoli.
  const plain = makeDoc("Clashes broke out in Tripoli.");
  assert.equal(run(plain).places[0].country, "LBY");
  const doc = makeDoc("The Lebanese army deployed troops. Clashes broke out in Tripoli.");
  const out = run({ ...doc, actors: [mention(doc, "Lebanese army", "LBNMIL", "LBN")] });
  assert.equal(out.places.find((p) => p.text === "Tripoli")?.country, "LBN");
  // A country named after the place settles it too.
  assert.equal(run(makeDoc("Clashes broke out in Tripoli, Lebanon, on Friday.")).places[0].country, "LBN");
});

test("Springfield: the story's country mention picks among same-named cities", () => {
  // The real gazetteer keeps only the larger (all American) Springfields; this one has two countries.
  const small: Gazetteer = createGazetteer({
    cities: [
      {
        id: 1,
        name: "Springfield",
        country: "US",
        featureCode: "PPLA",
        population: 116_000,
        lat: 39.8,
        lon: -89.6,
      },
      {
        id: 2,
        name: "Springfield",
        country: "AU",
        featureCode: "PPL",
        population: 20_000,
        lat: -27.7,
        lon: 152.9,
      },
    ],
    aliases: [],
    countries: [
      {
        id: "geo.country.USA",
        alpha2: "US",
        alpha3: "USA",
        name: "United States",
        names: ["United States"],
        lat: 38,
        lon: -97,
      },
      {
        id: "geo.country.AUS",
        alpha2: "AU",
        alpha3: "AUS",
        name: "Australia",
        names: ["Australia"],
        lat: -27,
        lon: 133,
      },
    ],
  });
  const kb = { gazetteer: small } as Knowledge;
  assert.equal(run(makeDoc("Floods hit homes in Springfield."), kb).places[0].entry, "geo.1");
  const text = "Heavy rain fell across eastern Australia. Floods hit homes in Springfield.";
  const out = run(makeDoc(text), kb);
  assert.deepEqual(
    out.places.map((p) => [p.text, p.country, p.kind]),
    [
      ["Australia", "AUS", "country"],
      ["Springfield", "AUS", "city"],
    ],
  );
  assert.equal(out.places[1].entry, "geo.2");
});

test("no place in the sentence: a domestic event takes its country, not stated", () => {
  const doc = makeDoc("Azerbaijani police arrested two Azerbaijani journalists.");
  const source = actor("AZECOP", "AZE", "Azerbaijani police");
  const target = actor("AZEMED", "AZE", "two Azerbaijani journalists");
  const out = run({ ...doc, events: [event(doc, "arrested", source, target)] });
  assert.equal(out.events[0].placeStated, false);
  assert.equal(out.events[0].place?.name, "Azerbaijan");
  assert.equal(out.events[0].place?.country, "AZE");
  assert.ok(out.events[0].place?.lat !== null);
});

test("no place in the sentence: an international event has no place", () => {
  const doc = makeDoc("Azerbaijan summoned the Russian envoy.");
  const source = actor("AZEGOV", "AZE", "Azerbaijan");
  const target = actor("RUSGOV", "RUS", "the Russian envoy");
  const out = run({ ...doc, events: [event(doc, "summoned", source, target)] });
  assert.equal(out.events[0].placeStated, false);
  assert.equal(out.events[0].place, null);
});

test("fallback: an actor without a country gives no place; an event without target takes the source's country", () => {
  const doc = makeDoc("The United Nations condemned the attack. Syria resigned.");
  const un = actor("IGOUNO", null, "The United Nations");
  const out = run({
    ...doc,
    events: [event(doc, "condemned", un, actor("SYRGOV", "SYR", "Syria")), event(doc, "condemned", un, null)],
  });
  assert.equal(out.events[0].place, null);
  assert.equal(out.events[0].placeStated, false);
  assert.equal(out.events[1].place, null);
  assert.equal(out.events[1].placeStated, false);
});

test("a place in another sentence does not place the event", () => {
  const doc = makeDoc("Protests spread in Tbilisi. The government resigned.");
  const out = run({ ...doc, events: [event(doc, "resigned", actor("GEOGOV", "GEO", "The government"))] });
  assert.equal(out.places[0].name, "Tbilisi");
  assert.equal(out.events[0].placeStated, false);
  assert.equal(out.events[0].place?.name, "Georgia");
});

test("the locative place closest to the trigger wins; 'from' is not where it happened", () => {
  const doc = makeDoc("Rebels who came from Aleppo attacked a checkpoint near Homs.");
  const out = run({ ...doc, events: [event(doc, "attacked", actor("SYRREB", "SYR", "Rebels"))] });
  assert.deepEqual(
    out.places.map((p) => p.name),
    ["Aleppo", "Homs"],
  );
  assert.equal(out.events[0].place?.name, "Homs");
});

test("country names after 'in' are country places", () => {
  const doc = makeDoc("Talks were held in Qatar.");
  const out = run({ ...doc, events: [event(doc, "held", actor("USAGOV", "USA", "Washington"))] });
  assert.deepEqual(
    out.places.map((p) => [p.name, p.country, p.kind, p.entry]),
    [["Qatar", "QAT", "country", "geo.country.QAT"]],
  );
  assert.equal(out.events[0].place?.name, "Qatar");
  assert.equal(out.events[0].placeStated, true);
});

test("actor mentions are not places unless locative", () => {
  const doc = makeDoc("Moscow said talks in Baku had failed.");
  const actors = [mention(doc, "Moscow", "RUSGOV", "RUS"), mention(doc, "Baku", "AZEGOV", "AZE", true)];
  const out = run({ ...doc, actors });
  assert.deepEqual(
    out.places.map((p) => [p.text, p.name, p.country]),
    [["Baku", "Baku", "AZE"]],
  );
});

test("a place inside an actor phrase: 'Police in Kiev' is an actor and Kiev a place", () => {
  const doc = makeDoc("Police in Kiev detained two journalists.");
  const out = run({
    ...doc,
    actors: [mention(doc, "Police in Kiev", "UKRCOP", "UKR")],
    events: [event(doc, "detained")],
  });
  assert.deepEqual(
    out.places.map((p) => [p.text, p.name]),
    [["Kiev", "Kyiv"]],
  );
  assert.equal(out.events[0].place?.name, "Kyiv");
});

test("multi-word names, regions and '-based'", () => {
  const doc = makeDoc(
    "Fighting in the Gaza Strip and the West Bank continued. A Moscow-based reporter flew to the Faw peninsula.",
  );
  assert.deepEqual(
    run(doc).places.map((p) => [p.text, p.country, p.kind]),
    [
      ["Gaza Strip", "PSE", "region"],
      ["West Bank", "PSE", "region"],
      ["Moscow", "RUS", "city"],
      ["Faw peninsula", "IRQ", "region"],
    ],
  );
});

test("months, weekdays and names of people are not places", () => {
  const doc = makeDoc("In March, Paris Hilton wrote to Obama on Sunday.");
  assert.deepEqual(run(doc).places, []);
});

test("the stage is pure: new arrays, input untouched", () => {
  const doc = makeDoc("Police in Kiev detained two journalists.");
  const input = { ...doc, events: [event(doc, "detained")] };
  const before = structuredClone(input);
  const out = run(input);
  assert.deepEqual(input, before);
  assert.notEqual(out.events[0], input.events[0]);
});

test("a statement is placed only by a place next to its verb, not by one in its content", () => {
  const doc = makeDoc(
    "Moscow regrets the cancellation of cultural programs in Kiev. Moscow said in Kiev that it regretted it.",
  );
  const source = actor("RUSGOV", "RUS", "Moscow");
  const target = actor("UKRGOV", "UKR", "Kyiv");
  const statement = (trigger: string) => ({
    ...event(doc, trigger, source, target),
    code: "110",
    root: "11",
    quad: 3,
  });
  const out = run({ ...doc, events: [statement("regrets"), statement("said")] });
  assert.equal(out.events[0].place, null);
  assert.equal(out.events[1].place?.name, "Kyiv");
});
