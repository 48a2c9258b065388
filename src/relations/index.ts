/**
 * Relations between two actors over time, from the store's deduplicated events.
 *
 * For a dyad (A → B, or both ways) and a period (day, ISO week, month), each period gets:
 *  - event counts by GDELT quad class (1 verbal cooperation, 2 material cooperation,
 *    3 verbal conflict, 4 material conflict) and the mentions behind them;
 *  - total and mean Goldstein score;
 *  - the relations index, (C − K) / (C + K), where C is the summed Goldstein score of the
 *    period's cooperative events (score > 0) and K the summed magnitude of its conflictual ones
 *    (score < 0): +1 is all cooperation, −1 all conflict, 0 balanced (or only neutral events);
 *    null when the period has no events. Each event counts once, whatever its mentions.
 * Periods without events are included (zeros), so the series is continuous. Day and week
 * series use events dated to the day; month series also those dated to the month only.
 * Shifts are found by `detectShifts` (see shifts.ts) on the net Goldstein series, and each comes
 * with the events that drove it: that period's events pulling in the shift's direction,
 * strongest first (|Goldstein| × mentions).
 */
import type { DuckDBValue } from "@duckdb/node-api";
import type { Row, Store } from "../store/db.js";
import { dayRange, dyadCondition, normalizeActor } from "../store/filters.js";
import { type Period, periodEnd, periodRange, periodStart } from "./periods.js";
import { detectShifts, type ShiftOptions, type ShiftPoint } from "./shifts.js";

export { PERIODS, type Period } from "./periods.js";
export { detectShifts, SHIFT_DEFAULTS, type ShiftOptions, type ShiftPoint } from "./shifts.js";

export interface DyadQuery {
  a: string;
  b: string;
  /** Count events both ways (A → B and B → A). */
  both?: boolean;
  by: Period;
  /** Inclusive YYYY-MM-DD bounds; default the first and last event of the dyad. */
  from?: string;
  to?: string;
}

export interface SeriesPoint {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  events: number;
  mentions: number;
  /** Events by quad class 1–4. */
  quad: [number, number, number, number];
  goldsteinTotal: number;
  goldsteinMean: number | null;
  /** (C − K) / (C + K), see above; null without events. */
  index: number | null;
}

export interface DriverEvent {
  id: number;
  date: string | null;
  source: string;
  target: string | null;
  code: string;
  goldstein: number;
  numMentions: number;
  numSources: number;
  sentence: string | null;
  url: string | null;
}

export interface Shift extends ShiftPoint {
  period: string;
  drivers: DriverEvent[];
}

export interface RelationsResult {
  a: string;
  b: string;
  both: boolean;
  by: Period;
  from: string | null;
  to: string | null;
  series: SeriesPoint[];
  shifts: Shift[];
}

/** The events of the dyad as SQL, with the date-precision rule of the period. */
function dyadWhere(q: DyadQuery, params: DuckDBValue[]): string {
  const parts = [dyadCondition(q.a, q.b, q.both === true, params)];
  parts.push(q.by === "month" ? "date_precision IN ('day', 'month')" : "date_precision = 'day'");
  parts.push(...dayRange(q.from, q.to, params));
  return parts.join(" AND ");
}

function isoDay(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

/** The dyad's series, one point per period, empty periods included. */
export async function dyadSeries(store: Store, q: DyadQuery): Promise<SeriesPoint[]> {
  const params: DuckDBValue[] = [];
  const where = dyadWhere(q, params);
  const rows = await store.all(
    `SELECT date_trunc('${q.by}', day) AS period, count(*) AS n, sum(num_mentions) AS mentions,
            count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
            count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
            sum(goldstein) AS gsum,
            coalesce(sum(goldstein) FILTER (WHERE goldstein > 0), 0) AS coop,
            coalesce(sum(-goldstein) FILTER (WHERE goldstein < 0), 0) AS conflict
     FROM events WHERE ${where}
     GROUP BY ALL ORDER BY period`,
    params,
  );
  const byPeriod = new Map<string, SeriesPoint>();
  for (const r of rows) {
    const n = Number(r.n);
    const gsum = Number(r.gsum);
    const coop = Number(r.coop);
    const conflict = Number(r.conflict);
    const period = isoDay(r.period);
    byPeriod.set(period, {
      period,
      events: n,
      mentions: Number(r.mentions),
      quad: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)],
      goldsteinTotal: gsum,
      goldsteinMean: n > 0 ? gsum / n : null,
      index: n === 0 ? null : coop + conflict === 0 ? 0 : (coop - conflict) / (coop + conflict),
    });
  }
  const first = q.from ?? rows[0]?.period;
  const last = q.to ?? rows[rows.length - 1]?.period;
  if (first === undefined || last === undefined) return [];
  return periodRange(isoDay(first), isoDay(last), q.by).map(
    (period) =>
      byPeriod.get(period) ?? {
        period,
        events: 0,
        mentions: 0,
        quad: [0, 0, 0, 0],
        goldsteinTotal: 0,
        goldsteinMean: null,
        index: null,
      },
  );
}

/**
 * For each shift, the events of its period pulling in its direction, strongest first
 * (|Goldstein| × mentions, then id). Three queries whatever the number of shifts: rank the
 * dyad's events on light columns, then read the winners' details and sentences by id.
 */
export async function shiftDrivers(
  store: Store,
  q: DyadQuery,
  shifts: readonly { period: string; direction: "up" | "down" }[],
  limit = 5,
): Promise<DriverEvent[][]> {
  if (shifts.length === 0) return [];
  const whereParams: DuckDBValue[] = [];
  const where = dyadWhere({ ...q, from: undefined, to: undefined }, whereParams);
  // the shifts' periods as a small table joined by range to the dyad's events
  const rangeParams: DuckDBValue[] = [];
  const ranges = shifts.map((s, i) => {
    rangeParams.push(periodStart(s.period, q.by), periodEnd(s.period, q.by));
    return `(${i}, ?::DATE, ?::DATE, ${s.direction === "up" ? 1 : -1})`;
  });
  // Ranked on light columns first; the wide ones (URLs, story ids) are read for the winners only.
  const ranked = await store.all(
    `SELECT id, shift FROM (
       SELECT e.id, r.shift,
              row_number() OVER (PARTITION BY r.shift ORDER BY abs(e.goldstein) * e.num_mentions DESC, e.id) AS rn
       FROM (SELECT id, day, goldstein, num_mentions FROM events WHERE ${where}) e
         JOIN (VALUES ${ranges.join(", ")}) r(shift, lo, hi, sign)
           ON e.day BETWEEN r.lo AND r.hi AND sign(e.goldstein) = r.sign)
     WHERE rn <= ? ORDER BY shift, rn`,
    [...whereParams, ...rangeParams, limit],
  );
  const ids = ranked.map((r) => Math.trunc(Number(r.id)));
  const details = new Map<number, Row>();
  if (ids.length > 0) {
    // integer literals (safe), looked up through the ART indexes on events.id and mentions.event_id
    for (const r of await store.all(
      `SELECT id, date, source_code, target_code, code, goldstein, num_mentions, num_sources, source_url, rep_story, rep_ord
       FROM events WHERE id IN (${ids.join(", ")})`,
    )) {
      details.set(Number(r.id), r);
    }
  }
  const rows = ranked.map((r) => ({ ...details.get(Number(r.id)), shift: r.shift }) as Row);
  const sentences = new Map<number, string>();
  if (rows.length > 0) {
    const reps = new Set(
      rows.map((r) => `${Number(r.id)}\u0000${String(r.rep_story)}\u0000${Number(r.rep_ord)}`),
    );
    const found = (
      await store.all(
        `SELECT event_id, story_id, ord, sentence FROM mentions WHERE event_id IN (${[...new Set(ids)].join(", ")})`,
      )
    ).filter((f) => reps.has(`${Number(f.event_id)}\u0000${String(f.story_id)}\u0000${Number(f.ord)}`));
    for (const f of found) sentences.set(Number(f.event_id), String(f.sentence));
  }
  const out: DriverEvent[][] = shifts.map(() => []);
  for (const r of rows) {
    const id = Number(r.id);
    out[Number(r.shift)]?.push({
      id,
      date: r.date === null ? null : String(r.date),
      source: String(r.source_code),
      target: r.target_code === null ? null : String(r.target_code),
      code: String(r.code),
      goldstein: Number(r.goldstein),
      numMentions: Number(r.num_mentions),
      numSources: Number(r.num_sources),
      sentence: sentences.get(id) ?? null,
      url: r.source_url === null ? null : String(r.source_url),
    });
  }
  return out;
}

/** Series, shifts and their drivers for a dyad. */
export async function relations(
  store: Store,
  q: DyadQuery,
  opts: ShiftOptions = {},
): Promise<RelationsResult> {
  const query = { ...q, a: normalizeActor(q.a), b: normalizeActor(q.b) };
  const series = await dyadSeries(store, query);
  const points = detectShifts(
    series.map((p) => p.goldsteinTotal),
    opts,
  );
  const found = points.map((p) => ({ ...p, period: series[p.index]?.period as string }));
  const drivers = await shiftDrivers(store, query, found);
  const shifts: Shift[] = found.map((p, i) => ({ ...p, drivers: drivers[i] ?? [] }));
  return {
    a: query.a,
    b: query.b,
    both: q.both === true,
    by: q.by,
    from: series[0]?.period ?? null,
    to: series.length ? periodEnd(series[series.length - 1]?.period as string, q.by) : null,
    series,
    shifts,
  };
}
