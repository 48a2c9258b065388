import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runExport } from "../../src/cli/export.js";
import { CSV_COLUMNS } from "../../src/output/csv.js";
import { GDELT_EVENT_COLUMNS } from "../../src/output/gdelt.js";
import { Store } from "../../src/store/db.js";
import { whereClause } from "../../src/store/filters.js";
import { StoreWriter } from "../../src/store/writer.js";
import { markerCoder, story, tempDir } from "./helpers.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe("rift export", () => {
  const tmp = tempDir("rift-export-");
  const db = join(tmp.dir, "x.duckdb");
  before(async () => {
    const s = await Store.open(db);
    await new StoreWriter(s, { coder: markerCoder }).write([
      story(
        "a",
        "{{AZEGOV>RUSGOV 112 2025-06-01 AZE c=0.9}} {{RUSMIL>UKRMIL 190 2025-06-03 UKR}}",
        "https://a.example/1",
      ),
      story("b", "{{AZEGOV>RUSGOV 112 2025-06-01 AZE}}", "https://b.example/1"),
      story("c", "{{RUSGOV>AZEGOV 036 2025-06-20 -}} {{IGOUNO>AZEGOV 042 2025-05 -}}", "https://c.example/1"),
    ]);
    s.close();
  });
  after(() => tmp.cleanup());

  async function jsonl(...args: string[]) {
    const c = capture();
    const code = await runExport(["--db", db, ...args], c.io);
    assert.equal(code, 0, c.err.join(""));
    return c.out
      .join("")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  }

  it("jsonl: one line per deduplicated event, the EventRecord plus the store's counts", async () => {
    const rows = await jsonl();
    assert.equal(rows.length, 4);
    const summon = rows.find((r) => r.code === "112");
    assert.equal(summon.numMentions, 2);
    assert.equal(summon.numSources, 2);
    assert.equal(summon.sourceUrl, "https://a.example/1");
    assert.equal(summon.confidence, 0.9);
    assert.deepEqual(Object.keys(summon).slice(0, 3), ["story", "sentenceIndex", "sentence"]);
    assert.match(summon.firstSeen, /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(
      rows.map((r) => r.date),
      ["2025-05", "2025-06-01", "2025-06-03", "2025-06-20"],
    );
  });

  it("filters: dyad (directed or both), actor, root, code, dates", async () => {
    assert.equal((await jsonl("--dyad", "AZE-RUS")).length, 1);
    assert.equal((await jsonl("--dyad", "AZE-RUS", "--both")).length, 2);
    assert.equal((await jsonl("--dyad", "AZEGOV-RUSGOV")).length, 1);
    assert.equal((await jsonl("--actor", "AZE")).length, 3);
    assert.equal((await jsonl("--actor", "IGO")).length, 1);
    assert.equal((await jsonl("--actor", "UKR,IGOUNO")).length, 0, "two actors are AND-ed");
    assert.equal((await jsonl("--root", "19")).length, 1);
    assert.equal((await jsonl("--root", "19,03")).length, 2);
    assert.equal((await jsonl("--code", "11")).length, 1);
    assert.equal((await jsonl("--from", "2025-06-02", "--to", "2025-06-30")).length, 2);
    const c = capture();
    assert.equal(await runExport(["--db", db, "--dyad", "AZE"], c.io), 2);
    assert.equal(await runExport(["--db", db, "--from", "June"], c.io), 2);
    assert.equal(await runExport(["--db", db, "--root", "1'; DROP TABLE events; --"], c.io), 2);
    assert.match(c.err.join(""), /--dyad wants two actor codes/);
  });

  it("csv: the rift code columns plus the store's", async () => {
    const c = capture();
    assert.equal(await runExport(["--db", db, "--format", "csv", "--root", "11"], c.io), 0);
    const lines = c.out.join("").split("\r\n");
    assert.equal(
      lines[0],
      [
        ...CSV_COLUMNS,
        "eventId",
        "numMentions",
        "numStories",
        "numSources",
        "firstSeen",
        "lastSeen",
        "sourceUrl",
      ].join(","),
    );
    assert.match(lines[1] ?? "", /,112,11,3,-2,.*,2,2,2,\d{4}-.*,https:\/\/a\.example\/1$/);
  });

  it("gdelt: 61 columns with NumMentions / NumSources / NumArticles from the store", async () => {
    const out = join(tmp.dir, "events.tsv");
    const c = capture();
    assert.equal(
      await runExport(["--db", db, "--format", "gdelt", "--out", out, "--dyad", "AZE-RUS"], c.io),
      0,
    );
    assert.match(c.err.join(""), /1 event to /);
    const [line] = readFileSync(out, "utf8").split("\n");
    const cells = (line ?? "").split("\t");
    assert.equal(cells.length, GDELT_EVENT_COLUMNS.length);
    const col = (name: string) => cells[(GDELT_EVENT_COLUMNS as readonly string[]).indexOf(name)];
    assert.equal(col("SQLDATE"), "20250601");
    assert.equal(col("EventCode"), "112");
    assert.equal(col("NumMentions"), "2");
    assert.equal(col("NumSources"), "2");
    assert.equal(col("NumArticles"), "2");
    assert.match(col("DATEADDED") ?? "", /^\d{14}$/);
    assert.equal(col("SOURCEURL"), "https://a.example/1");
  });

  it("parquet: DuckDB COPY to a file that reads back", async () => {
    const out = join(tmp.dir, "it's.parquet");
    const c = capture();
    assert.equal(
      await runExport(["--db", db, "--format", "parquet", "--out", out, "--actor", "RUS"], c.io),
      0,
      c.err.join(""),
    );
    const s = await Store.open(":memory:");
    const rows = await s.all(
      `SELECT code, num_mentions, source_country FROM read_parquet('${out.replaceAll("'", "''")}') ORDER BY code`,
    );
    assert.deepEqual(
      rows.map((r) => [r.code, r.num_mentions]),
      [
        ["036", 1],
        ["112", 2],
        ["190", 1],
      ],
    );
    s.close();
    const c2 = capture();
    assert.equal(await runExport(["--db", db, "--format", "parquet"], c2.io), 2);
  });

  it("builds filters from bound parameters", () => {
    const w = whereClause({ dyads: [["AZE", "RUSGOV"]], roots: ["14"], from: "2025-01-01" });
    assert.equal(
      w.sql,
      "((source_country = ? AND starts_with(target_code, ?))) AND (root = ?) AND day >= ?::DATE",
    );
    assert.deepEqual(w.params, ["AZE", "RUSGOV", "14", "2025-01-01"]);
  });
});
