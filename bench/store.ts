/**
 * Store benchmark: `node --import tsx bench/store.ts`
 *
 *  1. Ingest rate: generated stories (bench/corpus.ts) coded and written through the StoreWriter
 *     into a fresh store file, in batches of 500: stories/s end to end, and the store's own share
 *     (the same stories written again into another file with their events precomputed).
 *  2. Dyad-series query time over a generated store of RIFT_BENCH_EVENTS events (default
 *     10,000,000; rows made directly with DuckDB's range(), not through the coder), for a
 *     directed dyad by week and a two-way dyad by month, with and without shift drivers.
 *     RIFT_BENCH_EVENTS=0 skips it.
 * Also prints peak memory (RSS). Stories: RIFT_BENCH_STORIES (default 2,000; 0 skips), 600 words each.
 * RIFT_BENCH_DB=path keeps the generated 10M-event store there and reuses it on the next run.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeDoc, defaultKnowledge } from "../src/index.js";
import type { EventRecord } from "../src/model/types.js";
import { dyadSeries, relations } from "../src/relations/index.js";
import { Store } from "../src/store/db.js";
import { StoreWriter } from "../src/store/writer.js";
import { makeCorpus } from "./corpus.js";

const STORIES = Number(process.env.RIFT_BENCH_STORIES ?? 2000);
const EVENTS = Number(process.env.RIFT_BENCH_EVENTS ?? 10_000_000);
let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const dir = mkdtempSync(join(tmpdir(), "rift-bench-store-"));

async function ingestBench(): Promise<void> {
  const kb = defaultKnowledge();
  const stories = makeCorpus(STORIES).map((s, i) => ({
    ...s,
    url: `https://outlet${i % 7}.example/news/${i}`,
  }));
  const coded = new Map<string, EventRecord[]>();
  const store = await Store.open(join(dir, "ingest.duckdb"));
  const writer = new StoreWriter(store, {
    coder: (s) => {
      const r = codeDoc(s, kb);
      coded.set(s.id, r.events);
      return { events: r.events, problems: r.problems };
    },
  });
  let t = performance.now();
  for (const s of stories) await writer.add(s);
  await writer.flush();
  const full = (performance.now() - t) / 1000;
  const st = writer.stats;
  store.close();
  console.log(
    `ingest, coder + store: ${STORIES} stories (600 words) in ${full.toFixed(1)} s = ${(STORIES / full).toFixed(0)} stories/s; ` +
      `${st.mentions} mentions → ${st.eventsNew} events (${st.eventsMerged} merged)`,
  );

  const store2 = await Store.open(join(dir, "ingest2.duckdb"));
  const writer2 = new StoreWriter(store2, {
    coder: (s) => ({ events: coded.get(s.id) ?? [], problems: [] }),
  });
  t = performance.now();
  for (const s of stories) await writer2.add(s);
  await writer2.flush();
  const storeOnly = (performance.now() - t) / 1000;
  store2.close();
  console.log(
    `ingest, store only (events precomputed): ${(STORIES / storeOnly).toFixed(0)} stories/s, ` +
      `${(writer2.stats.mentions / storeOnly).toFixed(0)} mentions/s`,
  );
  t = performance.now();
  const store3 = await Store.open(join(dir, "ingest2.duckdb"));
  const again = new StoreWriter(store3, { coder: () => ({ events: [], problems: [] }) });
  for (const s of stories) await again.add(s);
  await again.flush();
  store3.close();
  console.log(
    `ingest, same input again (all unchanged): ${(STORIES / ((performance.now() - t) / 1000)).toFixed(0)} stories/s`,
  );
}

const COUNTRIES = [
  "AZE",
  "RUS",
  "ARM",
  "GEO",
  "TUR",
  "IRN",
  "USA",
  "CHN",
  "FRA",
  "DEU",
  "GBR",
  "UKR",
  "ISR",
  "PSE",
  "EGY",
  "IND",
  "PAK",
  "JPN",
  "KOR",
  "PRK",
  "BRA",
  "ARG",
  "MEX",
  "CAN",
  "NGA",
  "KEN",
  "ETH",
  "ZAF",
  "SAU",
  "IRQ",
  "SYR",
  "AFG",
  "IDN",
  "PHL",
  "VNM",
  "THA",
  "MMR",
  "POL",
  "ITA",
  "ESP",
  "SWE",
  "NOR",
  "FIN",
  "BLR",
  "KAZ",
  "UZB",
  "QAT",
  "ARE",
  "LBN",
  "YEM",
];
const ROOTS = [
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "07",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
];

async function queryBench(): Promise<void> {
  const keep = process.env.RIFT_BENCH_DB;
  const path = keep ?? join(dir, "big.duckdb");
  if (!keep || !existsSync(path)) await generate(path);
  await timeQueries(path);
}

async function generate(path: string): Promise<void> {
  const store = await Store.open(path);
  const nc = COUNTRIES.length;
  const countries = `[${COUNTRIES.map((c) => `'${c}'`).join(",")}]`;
  const roots = `[${ROOTS.map((r) => `'${r}'`).join(",")}]`;
  const t = performance.now();
  // Skewed dyads: half the events among the first 10 countries. Dates over 10 years.
  await store.run(`
    INSERT INTO events
    SELECT i AS id,
      src || 'GOV|' || tgt || 'GOV|' || root || '|' || src AS dedup_key,
      strftime(d, '%Y-%m-%d') AS date, d AS day, 'day' AS date_precision,
      src || 'GOV', src, 'GOV', 'government', tgt || 'GOV', tgt, 'GOV', 'government',
      root || '0', root || '0', root,
      CASE WHEN root <= '05' THEN 1 WHEN root <= '09' THEN 2 WHEN root <= '14' THEN 3 ELSE 4 END,
      CASE WHEN root <= '09' THEN (hash(i) % 70) / 10.0 ELSE -((hash(i) % 100) / 10.0) END,
      NULL, NULL, NULL, src, NULL, NULL,
      1 + (hash(i * 7) % 5)::INTEGER, 1 + (hash(i * 7) % 3)::INTEGER, 1 + (hash(i * 7) % 2)::INTEGER,
      0.8, 'https://outlet.example/' || i, TIMESTAMP '2025-01-01', TIMESTAMP '2025-01-01',
      'https://outlet.example/' || i, 0
    FROM (
      SELECT i,
        ${countries}[1 + CASE WHEN h1 % 2 = 0 THEN h3 % 10 ELSE h3 % ${nc} END] AS src,
        ${countries}[1 + CASE WHEN h1 % 2 = 0 THEN (h3 % 10 + 1 + h5 % 9) % 10
                              ELSE (h3 % ${nc} + 1 + h5 % ${nc - 1}) % ${nc} END] AS tgt,
        ${roots}[1 + h11 % 20] AS root,
        DATE '2015-01-01' + (h13 % 3650)::INTEGER AS d
      FROM (SELECT i, (hash(i) % 1000003)::BIGINT AS h1, (hash(i * 3) % 1000003)::BIGINT AS h3,
                   (hash(i * 5) % 1000003)::BIGINT AS h5, (hash(i * 11) % 1000003)::BIGINT AS h11,
                   (hash(i * 13) % 1000003)::BIGINT AS h13
      FROM range(1, ${EVENTS + 1}) r(i))
    )`);
  // one mention per event, for the drivers' sentences
  await store.run(`
    INSERT INTO mentions
    SELECT id, rep_story, 0, 0, 'A made-up sentence about event ' || id || '.', 0, 10, 2, 6, date, code, code || '.bench',
      0.8, '{}', TIMESTAMP '2025-01-01'
    FROM events`);
  await store.run("CHECKPOINT");
  const gen = (performance.now() - t) / 1000;
  store.close();
  console.log(
    `generated ${EVENTS.toLocaleString("en-US")} events + mentions in ${gen.toFixed(1)} s; file ${mb(statSync(path).size)}`,
  );
}

async function timeQueries(path: string): Promise<void> {
  const ro = await Store.openForReading(path);
  const [n] = await ro.all("SELECT count(*) AS n FROM events");
  console.log(`store: ${Number(n?.n).toLocaleString("en-US")} events`);
  let t: number;
  const cases = [
    { name: "AZE→RUS by week", q: { a: "AZE", b: "RUS", by: "week" as const } },
    { name: "AZE↔RUS by month", q: { a: "AZE", b: "RUS", by: "month" as const, both: true } },
    {
      name: "USA→CHN by week, 2020–2021",
      q: { a: "USA", b: "CHN", by: "week" as const, from: "2020-01-01", to: "2021-12-31" },
    },
    { name: "RUSGOV→UKRGOV by day", q: { a: "RUSGOV", b: "UKRGOV", by: "day" as const } },
  ];
  for (const c of cases) {
    const times: number[] = [];
    let points = 0;
    let events = 0;
    for (let k = 0; k < 7; k++) {
      t = performance.now();
      const s = await dyadSeries(ro, c.q);
      times.push(performance.now() - t);
      points = s.length;
      events = s.reduce((a, p) => a + p.events, 0);
    }
    times.sort((a, b) => a - b);
    t = performance.now();
    const r = await relations(ro, c.q);
    const withShifts = performance.now() - t;
    console.log(
      `dyad series ${c.name}: median ${times[3]?.toFixed(1)} ms (min ${times[0]?.toFixed(1)}, max ${times[6]?.toFixed(1)}) — ` +
        `${points} periods, ${events.toLocaleString("en-US")} events; with ${r.shifts.length} shifts and their drivers ${withShifts.toFixed(0)} ms`,
    );
  }
  ro.close();
}

try {
  console.log(`rift store bench — Node ${process.version}, DuckDB via @duckdb/node-api`);
  if (STORIES > 0) await ingestBench();
  if (EVENTS > 0) await queryBench();
  else console.log("dyad-series query bench skipped (RIFT_BENCH_EVENTS=0)");
} finally {
  clearInterval(timer);
  sample();
  console.log(`peak RSS ${mb(peakRss)}`);
  rmSync(dir, { recursive: true, force: true });
}
