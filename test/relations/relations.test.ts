import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runRelations } from "../../src/cli/relations.js";
import { detectShifts, dyadSeries, relations } from "../../src/relations/index.js";
import { periodRange, periodStart } from "../../src/relations/periods.js";
import { Store } from "../../src/store/db.js";
import { StoreWriter } from "../../src/store/writer.js";
import { markerCoder, story, tempDir } from "../store/helpers.js";

describe("periods", () => {
  it("weeks start on Monday, months on the 1st", () => {
    assert.equal(periodStart("2025-06-01", "week"), "2025-05-26"); // a Sunday
    assert.equal(periodStart("2025-06-02", "week"), "2025-06-02"); // a Monday
    assert.equal(periodStart("2025-06-17", "month"), "2025-06-01");
    assert.deepEqual(periodRange("2025-01-31", "2025-03-01", "month"), [
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
    ]);
    assert.deepEqual(periodRange("2024-12-30", "2025-01-13", "week"), [
      "2024-12-30",
      "2025-01-06",
      "2025-01-13",
    ]);
    assert.deepEqual(periodRange("2024-02-28", "2024-03-01", "day"), [
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
  });
});

describe("detectShifts", () => {
  it("flags a period far from its trailing window, not steady ones", () => {
    const values = [3, 4, 2, 3, 4, 3, 2, 3, -40, 3];
    const shifts = detectShifts(values);
    assert.deepEqual(
      shifts.map((s) => [s.index, s.direction]),
      [[8, "down"]],
    );
    assert.ok((shifts[0]?.z ?? 0) < -3);
  });
  it("needs enough history, and the sd floor keeps a mild event in a quiet dyad from counting", () => {
    assert.deepEqual(detectShifts([0, 0, -30]), []);
    assert.deepEqual(detectShifts([0, 0, 0, 0, 0, -2]), []);
    assert.equal(detectShifts([0, 0, 0, 0, 0, -10]).length, 1);
    assert.equal(detectShifts([0, 0, 0, 0, 0, 8], { threshold: 5 }).length, 0);
  });
});

/** Ten quiet weeks of AZE–RUS cooperation, then a week of conflict, then calm; some RUS → AZE. */
function storiesForDyad() {
  const out = [];
  const mondays = periodRange("2025-03-03", "2025-05-26", "week"); // 13 weeks
  mondays.forEach((monday, w) => {
    const d = (offset: number) =>
      new Date(Date.parse(`${monday}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    if (w === 4) return; // an empty week inside the range
    if (w === 10) {
      out.push(story(`w${w}a`, `{{AZEMIL>RUSMIL 190 ${d(1)} AZE c=0.9}}`, `https://a.example/${w}`));
      out.push(story(`w${w}b`, `{{AZEMIL>RUSMIL 190 ${d(1)} AZE}}`, `https://b.example/${w}`));
      out.push(story(`w${w}c`, `{{AZEGOV>RUSGOV 111 ${d(2)} -}} {{AZEGOV>RUSGOV 130 ${d(3)} -}}`));
      return;
    }
    out.push(story(`w${w}a`, `{{AZEGOV>RUSGOV 036 ${d(0)} -}} {{AZEGOV>RUSGOV 042 ${d(2)} RUS}}`));
    out.push(story(`w${w}b`, `{{RUSGOV>AZEGOV 061 ${d(3)} -}}`));
  });
  out.push(story("month-only", "{{AZEGOV>RUSGOV 042 2025-04 -}}"));
  out.push(story("other-dyad", "{{ARMGOV>RUSGOV 190 2025-05-13 -}}"));
  return out;
}

describe("relations", () => {
  let store: Store;
  const tmp = tempDir("rift-rel-");
  const db = join(tmp.dir, "rel.duckdb");
  before(async () => {
    store = await Store.open(db);
    await new StoreWriter(store, { coder: markerCoder }).write(storiesForDyad());
  });
  after(() => {
    store.close();
    tmp.cleanup();
  });

  it("counts events by quad class per week, with Goldstein and the relations index", async () => {
    const series = await dyadSeries(store, { a: "AZE", b: "RUS", by: "week" });
    assert.equal(series.length, 13); // 2025-03-03 … 2025-05-26, the empty week included
    assert.equal(series[0]?.period, "2025-03-03");
    assert.deepEqual(series[0], {
      period: "2025-03-03",
      events: 2,
      mentions: 2,
      quad: [2, 0, 0, 0], // 036 (+4) and 042 (+1)
      goldsteinTotal: 5,
      goldsteinMean: 2.5,
      index: 1,
    });
    assert.equal(series[4]?.events, 0);
    assert.equal(series[4]?.index, null);
    const burst = series[10];
    assert.deepEqual(burst?.quad, [0, 0, 2, 1]); // 190 once (two mentions), 111, 130
    assert.equal(burst?.mentions, 4);
    assert.equal(burst?.goldsteinTotal, -16.4);
    assert.equal(burst?.index, -1);
  });

  it("--both adds the other direction; month series include month-only dates", async () => {
    const both = await dyadSeries(store, { a: "AZE", b: "RUS", by: "week", both: true });
    assert.equal(both[0]?.events, 3);
    assert.equal(both[0]?.quad[1], 1); // 061 material cooperation
    const months = await dyadSeries(store, { a: "AZE", b: "RUS", by: "month" });
    const april = months.find((p) => p.period === "2025-04-01");
    // April: 04-07, 04-09, 04-14, 04-16, 04-21, 04-23, 04-28, 04-30 and the month-only "2025-04"
    assert.equal(april?.events, 9);
  });

  it("an index between −1 and 1 when a period mixes cooperation and conflict", async () => {
    const s = await Store.open(":memory:");
    await new StoreWriter(s, { coder: markerCoder }).write([
      story("x", "{{AZEGOV>RUSGOV 036 2025-06-02 -}} {{AZEGOV>RUSGOV 111 2025-06-03 -}}"),
    ]);
    const [p] = await dyadSeries(s, { a: "AZE", b: "RUS", by: "week" });
    assert.equal(p?.index, (4 - 2) / (4 + 2));
    s.close();
  });

  it("finds the shift and the events that drove it", async () => {
    const r = await relations(store, {
      a: "AZE",
      b: "RUS",
      by: "week",
      from: "2025-03-03",
      to: "2025-05-25",
    });
    assert.equal(r.series.length, 12);
    assert.deepEqual(
      r.shifts.map((s) => [s.period, s.direction]),
      [["2025-05-12", "down"]],
    );
    const drivers = r.shifts[0]?.drivers ?? [];
    assert.deepEqual(
      drivers.map((d) => [d.code, d.numMentions, d.numSources]),
      [
        ["190", 2, 2],
        ["130", 1, 1],
        ["111", 1, 1],
      ],
    );
    assert.equal(drivers[0]?.url, "https://a.example/10");
    assert.ok(drivers[0]?.sentence);
  });

  it("the CLI prints the series and the shifts, or JSON", async () => {
    store.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    assert.equal(await runRelations(["AZE", "RUS", "--by", "week", "--db", db], io), 0, err.join(""));
    const text = out.join("");
    assert.match(text, /^AZE → RUS by week, 2025-03-03 … 2025-06-01: 13 weeks, 25 events/);
    assert.match(text, /2025-05-12\s+3\s+0\s+0\s+2\s+1\s+-16\.4\s+-5\.47\s+-1\.00/);
    assert.match(text, /▼ toward conflict/);
    assert.match(text, /event \d+ {2}2025-05-13 {2}AZEMIL → RUSMIL {2}190 {2}-10 {2}2 mentions\/2 sources/);
    out.length = 0;
    assert.equal(await runRelations(["AZE", "RUS", "--json", "--both", "--db", db], io), 0);
    const json = JSON.parse(out.join(""));
    assert.equal(json.both, true);
    assert.equal(json.series.length, 13);
    assert.equal(await runRelations(["AZE", "--db", db], io), 2);
    assert.equal(await runRelations(["AZE", "RUS", "--by", "year", "--db", db], io), 2);
    assert.equal(await runRelations(["AZE", "R!S", "--db", db], io), 2);
    assert.equal(await runRelations(["AZE", "RUS", "--db", join(tmp.dir, "none.duckdb")], io), 1);
    assert.match(err.join(""), /no store at/);
    store = await Store.open(db);
  });
});
