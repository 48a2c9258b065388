import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { makeBareEvent, makeEvent } from "./fixtures.js";
import { GDELT_EVENT_COLUMNS, type GdeltColumn, gdeltDate, gdeltEventId, toGdelt } from "./gdelt.js";

const meta = {
  stories: new Map([
    ["story-1", { url: "https://news.example/oslo-quotas", published: "2031-03-15" }],
    ["story-2", { url: null, published: null }],
  ]),
  dateAdded: "20310315120000",
};

function fields(line: string): Record<GdeltColumn, string> {
  const cells = line.split("\t");
  return Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, cells[i] ?? ""])) as Record<
    GdeltColumn,
    string
  >;
}

describe("toGdelt", () => {
  it("names the 61 columns in GDELT 2.0 order", () => {
    assert.equal(GDELT_EVENT_COLUMNS.length, 61);
    assert.equal(GDELT_EVENT_COLUMNS[0], "GLOBALEVENTID");
    assert.equal(GDELT_EVENT_COLUMNS[26], "EventCode");
    assert.equal(GDELT_EVENT_COLUMNS[29], "QuadClass");
    assert.equal(GDELT_EVENT_COLUMNS[30], "GoldsteinScale");
    assert.equal(GDELT_EVENT_COLUMNS[60], "SOURCEURL");
  });

  it("matches the shared reference column list when it is present", (t) => {
    let text: string;
    try {
      text = readFileSync(
        new URL("../../../shared/reference/gdelt2_events_columns.tsv", import.meta.url),
        "utf8",
      );
    } catch {
      t.skip("shared/reference not available");
      return;
    }
    const names = text
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t")[1]);
    assert.deepEqual(names, [...GDELT_EVENT_COLUMNS]);
  });

  it("writes exactly 61 tab-separated fields per row, one row per event, no header", () => {
    const text = toGdelt([makeEvent(), makeBareEvent()], meta);
    const lines = text.split("\n");
    assert.equal(lines.pop(), "");
    assert.equal(lines.length, 2);
    for (const l of lines) assert.equal(l.split("\t").length, 61);
    assert.notEqual(lines[0]?.split("\t")[0], "GLOBALEVENTID");
  });

  it("puts code, quad class, Goldstein, dates, actors, place and URL in their columns", () => {
    const f = fields(toGdelt([makeEvent()], meta).replace(/\n$/, ""));
    assert.equal(f.GLOBALEVENTID, String(gdeltEventId(makeEvent())));
    assert.equal(f.SQLDATE, "20310314");
    assert.equal(f.MonthYear, "203103");
    assert.equal(f.Year, "2031");
    assert.equal(f.FractionDate, "2031.2027"); // 2031 + (2*30+14)/365
    assert.equal(f.Actor1Code, "NORGOV");
    assert.equal(f.Actor1Name, "NORWAY'S TRADE MINISTER");
    assert.equal(f.Actor1CountryCode, "NOR");
    assert.equal(f.Actor1Type1Code, "GOV");
    assert.equal(f.Actor2Code, "CHL");
    assert.equal(f.Actor2CountryCode, "CHL");
    assert.equal(f.Actor2Type1Code, "");
    assert.equal(f.IsRootEvent, "1");
    assert.equal(f.EventCode, "111");
    assert.equal(f.EventBaseCode, "111");
    assert.equal(f.EventRootCode, "11");
    assert.equal(f.QuadClass, "3");
    assert.equal(f.GoldsteinScale, "-2");
    assert.equal(f.NumMentions, "1");
    assert.equal(f.AvgTone, "0");
    assert.equal(f.Actor1Geo_Type, "0");
    assert.equal(f.ActionGeo_Type, "4");
    assert.equal(f.ActionGeo_FullName, "Oslo");
    assert.equal(f.ActionGeo_CountryCode, "NO");
    assert.equal(f.ActionGeo_Lat, "59.91");
    assert.equal(f.ActionGeo_Long, "10.75");
    assert.equal(f.DATEADDED, "20310315120000");
    assert.equal(f.SOURCEURL, "https://news.example/oslo-quotas");
  });

  it("derives base codes, group codes and further roles from the CAMEO codes", () => {
    const e = makeEvent({
      code: "1712",
      root: "17",
      source: { code: "IGOUNO", country: null, role: "IGO", text: "the UN", entries: ["org.IGOUNO"] },
      target: {
        code: "AZEGOVMIL",
        country: "AZE",
        role: "GOV",
        text: "Azerbaijani army",
        entries: ["country.AZE", "role.army"],
      },
    });
    const f = fields(toGdelt([e], meta).replace(/\n$/, ""));
    assert.equal(f.EventBaseCode, "171");
    assert.equal(f.EventRootCode, "17");
    assert.equal(f.Actor1KnownGroupCode, "UNO");
    assert.equal(f.Actor1Type1Code, "IGO");
    assert.equal(f.Actor1CountryCode, "");
    assert.equal(f.Actor2Type1Code, "GOV");
    assert.equal(f.Actor2Type2Code, "MIL");
  });

  it("leaves dates, target, place and URL empty when unknown and cleans tabs and newlines", () => {
    const line = toGdelt([makeBareEvent()], meta).replace(/\n$/, "");
    assert.equal(line.split("\t").length, 61);
    assert.ok(!line.includes("\n") && !line.includes("\r"));
    const f = fields(line);
    assert.equal(f.SQLDATE, "");
    assert.equal(f.FractionDate, "");
    assert.equal(f.Actor1Name, "REBELS");
    assert.equal(f.Actor1CountryCode, "");
    assert.equal(f.Actor1Type1Code, "REB");
    assert.equal(f.Actor2Code, "");
    assert.equal(f.QuadClass, "4");
    assert.equal(f.GoldsteinScale, "-10");
    assert.equal(f.ActionGeo_Type, "0");
    assert.equal(f.ActionGeo_CountryCode, "");
    assert.equal(f.SOURCEURL, "");

    const dirty = makeEvent({
      source: { code: "NOR", country: "NOR", role: null, text: "Nor\tway\nnews", entries: [] },
    });
    assert.equal(fields(toGdelt([dirty], meta).replace(/\n$/, "")).Actor1Name, "NOR WAY NEWS");
  });

  it("codes country-level and US places with GDELT geo types and FIPS codes", () => {
    const country = makeEvent({ place: { name: "Azerbaijan", country: "AZE", lat: null, lon: null } });
    let f = fields(toGdelt([country], meta).replace(/\n$/, ""));
    assert.equal(f.ActionGeo_Type, "1");
    assert.equal(f.ActionGeo_CountryCode, "AJ");
    assert.equal(f.ActionGeo_ADM1Code, "AJ");
    assert.equal(f.ActionGeo_FeatureID, "AJ");
    assert.equal(f.ActionGeo_Lat, "");

    const usCity = makeEvent({ place: { name: "Denver", country: "USA", lat: 39.74, lon: -104.99 } });
    f = fields(toGdelt([usCity], meta).replace(/\n$/, ""));
    assert.equal(f.ActionGeo_Type, "3");
    assert.equal(f.ActionGeo_CountryCode, "US");
    assert.equal(f.ActionGeo_ADM1Code, "");

    const region = makeEvent({
      place: Object.assign({ name: "Lapland", country: "FIN", lat: 67.9, lon: 26.5 }, { kind: "region" }),
    });
    assert.equal(fields(toGdelt([region], meta).replace(/\n$/, "")).ActionGeo_Type, "5");
  });

  it("gives stable, distinct, positive integer ids below 2^53", () => {
    const a = makeEvent();
    assert.equal(gdeltEventId(a), gdeltEventId(makeEvent()));
    const variants = [
      makeEvent({ story: "story-9" }),
      makeEvent({ sentenceIndex: 3 }),
      makeEvent({ span: [121, 181] }),
      makeEvent({ code: "112" }),
      // The reverse direction of a symmetric event must not collide.
      makeEvent({ source: makeEvent().target ?? undefined, target: makeEvent().source }),
    ];
    const ids = new Set([a, ...variants].map(gdeltEventId));
    assert.equal(ids.size, variants.length + 1);
    for (const id of ids) assert.ok(Number.isSafeInteger(id) && id > 0 && id < 2 ** 53);
    assert.equal(toGdelt([a], meta), toGdelt([makeEvent()], meta));
  });

  it("pads partial dates to the first of the period", () => {
    assert.deepEqual(gdeltDate("2031-03"), {
      sqlDate: "20310301",
      monthYear: "203103",
      year: "2031",
      fraction: "2031.1671",
    });
    assert.equal(gdeltDate("2031").sqlDate, "20310101");
    assert.equal(gdeltDate("1979-01-01").fraction, "1979.0027"); // as in GDELT's own rows
    assert.equal(gdeltDate("2031-12-31").fraction, "2031.9890");
    assert.equal(gdeltDate("March 2031").sqlDate, "");
  });

  it("writes a header line only when asked, and checks dateAdded", () => {
    const text = toGdelt([makeEvent()], meta, { header: true });
    assert.equal(text.split("\n")[0], GDELT_EVENT_COLUMNS.join("\t"));
    assert.equal(toGdelt([], meta), "");
    assert.throws(() => toGdelt([makeEvent()], { ...meta, dateAdded: "2031-03-15" }), RangeError);
  });
});
