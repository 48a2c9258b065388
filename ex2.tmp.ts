import { Store } from "./src/store/db.ts";
const s = await Store.openForReading("/tmp/dk/big.duckdb");
const q = async (label: string, sql: string) => { const ts: number[] = []; for (let i = 0; i < 7; i++) { const t = performance.now(); await s.all(sql); ts.push(performance.now() - t); } ts.sort((a,b)=>a-b); console.log(label.padEnd(30), ts[3].toFixed(1), "ms"); };
const W = "source_country='AZE' and target_country='RUS' and date_precision='day'";
await q("series as is", `SELECT date_trunc('week', day) AS period, count(*) AS n, sum(num_mentions) AS mentions,
            count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
            count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
            sum(goldstein) AS gsum, coalesce(sum(goldstein) FILTER (WHERE goldstein > 0), 0) AS coop,
            coalesce(sum(-goldstein) FILTER (WHERE goldstein < 0), 0) AS conflict FROM events WHERE ${W} GROUP BY ALL ORDER BY period`);
await q("just day", `SELECT day FROM events WHERE ${W}`);
await q("day,quad,gold,num", `SELECT day, quad, goldstein, num_mentions FROM events WHERE ${W}`);
await q("sum case", `SELECT date_trunc('week', day) AS period, count(*) n, sum(num_mentions), sum(CASE WHEN quad=1 THEN 1 ELSE 0 END), sum(CASE WHEN quad=2 THEN 1 ELSE 0 END), sum(CASE WHEN quad=3 THEN 1 ELSE 0 END), sum(CASE WHEN quad=4 THEN 1 ELSE 0 END), sum(goldstein), sum(greatest(goldstein,0)), sum(greatest(-goldstein,0)) FROM events WHERE ${W} GROUP BY ALL ORDER BY period`);
await q("both OR", `SELECT count(*) FROM events WHERE ((source_country='AZE' and target_country='RUS') or (source_country='RUS' and target_country='AZE')) and date_precision='day'`);
await q("both IN", `SELECT count(*) FROM events WHERE source_country IN ('AZE','RUS') and target_country IN ('AZE','RUS') and source_country <> target_country and date_precision='day'`);
await q("no precision", `SELECT day, quad, goldstein, num_mentions FROM events WHERE source_country='AZE' and target_country='RUS'`);
s.close();
