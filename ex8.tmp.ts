import { Store } from "./src/store/db.ts";
const s = await Store.open("/tmp/dk/big2.duckdb");
let t = performance.now();
await s.run("CREATE INDEX IF NOT EXISTS events_id ON events(id)");
console.log("index", (performance.now() - t).toFixed(0), "ms");
s.close();
const r = await Store.openForReading("/tmp/dk/big2.duckdb");
console.log("rss after open", (process.memoryUsage().rss / 1e6).toFixed(0));
const ids = Array.from({ length: 70 }, (_, i) => 1 + i * 140000);
for (const sql of [
  `SELECT id, date, source_code, target_code, code, goldstein, num_mentions, num_sources, source_url, rep_story, rep_ord FROM events WHERE id IN (${ids.join(",")})`,
  `SELECT event_id, story_id, ord, sentence FROM mentions WHERE event_id IN (${ids.join(",")})`,
  `SELECT count(*) FROM events WHERE source_country='AZE' and target_country='RUS'`,
]) {
  const ts = [];
  for (let k = 0; k < 5; k++) { const t = performance.now(); await r.all(sql); ts.push(performance.now() - t); }
  console.log(ts.map((x) => x.toFixed(0)).join(" "), sql.slice(0, 60));
}
console.log("rss", (process.memoryUsage().rss / 1e6).toFixed(0));
r.close();
