import { Store } from "./src/store/db.ts";
const s = await Store.open("/tmp/dk/big2.duckdb");
let t = performance.now();
await s.run("CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id)");
console.log("index", (performance.now() - t).toFixed(0), "ms", process.memoryUsage().rss / 1e6);
const ids = Array.from({ length: 70 }, (_, i) => 1 + i * 140000);
for (let k = 0; k < 3; k++) {
  t = performance.now();
  const r = await s.all(`SELECT event_id, sentence FROM mentions WHERE event_id IN (${ids.join(",")})`);
  console.log("IN", r.length, (performance.now() - t).toFixed(1));
  t = performance.now();
  const r2 = await s.all(`SELECT event_id, sentence FROM mentions WHERE event_id = ${ids[5]}`);
  console.log("=", r2.length, (performance.now() - t).toFixed(1));
}
const ex = await s.all(`EXPLAIN SELECT event_id, sentence FROM mentions WHERE event_id IN (${ids.join(",")})`);
console.log(String(ex[0]?.explain_value).split("\n").filter(l => /SCAN|Index|Type/.test(l)).join("\n"));
s.close();
