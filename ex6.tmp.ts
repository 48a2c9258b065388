import { Store } from "./src/store/db.ts";
const s = await Store.openForReading("/tmp/dk/big.duckdb");
const ids = Array.from({ length: 70 }, (_, i) => 1 + i * 140000);
for (const sql of [
  `SELECT id, date, source_code, target_code, code, goldstein, num_mentions, num_sources, source_url, rep_story, rep_ord FROM events WHERE id IN (${ids.join(",")})`,
  `SELECT id FROM events WHERE id IN (${ids.join(",")})`,
  `SELECT count(*) FROM events WHERE source_country='AZE' and target_country='RUS'`,
]) {
  const ts = [];
  for (let k = 0; k < 5; k++) { const t = performance.now(); await s.all(sql); ts.push(performance.now() - t); }
  console.log(ts.map((x) => x.toFixed(0)).join(" "), sql.slice(0, 60));
}
const r = await s.all(`EXPLAIN ANALYZE SELECT id, source_url FROM events WHERE id IN (${ids.join(",")})`);
console.log(String(r[0]?.explain_value).split("\n").filter((l) => /[A-Z_]{4,}|rows|\ds|Filter|id/.test(l)).join("\n"));
s.close();
