import { Store } from "./src/store/db.ts";
import { dyadSeries, relations, shiftDrivers, detectShifts } from "./src/relations/index.ts";
const s = await Store.openForReading("/tmp/dk/big.duckdb");
const wrapAll = s.all.bind(s);
(s as any).all = async (sql: string, p?: any) => { const t = performance.now(); try { return await wrapAll(sql, p); } finally { console.log("   q", (performance.now() - t).toFixed(1), sql.trim().slice(0, 50).replace(/\s+/g, " ")); } };
for (const q of [{ a: "AZE", b: "RUS", by: "week" as const }, { a: "AZE", b: "RUS", by: "month" as const, both: true }]) {
  const t = performance.now(); const r = await relations(s, q); console.log("relations", (performance.now() - t).toFixed(1), r.shifts.length);
}
s.close();
