import { Store } from "./src/store/db.ts";
const s = await Store.openForReading("/tmp/dk/big.duckdb");
const rows = await s.all(`SELECT rowid AS r FROM events WHERE source_country='AZE' and target_country='RUS' LIMIT 70`);
const rids = rows.map((r) => Number(r.r));
for (const sql of [
  `SELECT id, date, source_code, target_code, code, goldstein, num_mentions, num_sources, source_url, rep_story, rep_ord FROM events WHERE rowid IN (${rids.join(",")})`,
  `SELECT id, source_url FROM events WHERE rowid = ${rids[3]}`,
  `SELECT id, source_url, rep_story FROM events WHERE id IN (SELECT id FROM events WHERE source_country='AZE' and target_country='RUS' ORDER BY goldstein LIMIT 70)`,
  `SELECT id, source_url, rep_story FROM events WHERE source_country='AZE' and target_country='RUS' ORDER BY abs(goldstein)*num_mentions DESC, id LIMIT 5`,
]) {
  const ts = [];
  for (let k = 0; k < 5; k++) { const t = performance.now(); await s.all(sql); ts.push(performance.now() - t); }
  console.log(ts.map((x) => x.toFixed(0)).join(" "), sql.slice(0, 70));
}
s.close();
