import { Store } from "./src/store/db.ts";
const s = await Store.openForReading("/tmp/dk/big.duckdb");
const q = async (label: string, sql: string) => { const ts: number[] = []; let r; for (let i = 0; i < 5; i++) { const t = performance.now(); r = await s.all(sql); ts.push(performance.now() - t); } ts.sort((a,b)=>a-b); console.log(label, ts[2].toFixed(1), "ms", String(Object.values(r?.[0] ?? {})[0]).slice(0, 80)); };
await q("count filter countries", "select count(*) from events where source_country='AZE' and target_country='RUS'");
await q("+precision", "select count(*) from events where source_country='AZE' and target_country='RUS' and date_precision='day'");
await q("series", `SELECT date_trunc('week', day) AS period, count(*) AS n, sum(num_mentions) AS mentions,
            count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
            count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
            sum(goldstein) AS gsum FROM events WHERE source_country='AZE' and target_country='RUS' and date_precision='day' GROUP BY ALL`);
await q("count both", "select count(*) from events where (source_country='AZE' and target_country='RUS') or (source_country='RUS' and target_country='AZE')");
await q("count code prefix", "select count(*) from events where starts_with(source_code,'RUSGOV') and starts_with(target_code, 'UKRGOV')");
await q("threads", "select current_setting('threads') t");
const r = await s.all(`EXPLAIN ANALYZE SELECT date_trunc('week', day) AS period, count(*) AS n FROM events WHERE source_country='AZE' and target_country='RUS' and date_precision='day' GROUP BY ALL`);
console.log(String(r[0]?.explain_value));
s.close();
