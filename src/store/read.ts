/**
 * Reading deduplicated events back out of the store, streamed in chunks: each with its
 * representative EventRecord (the most confident telling; its date replaced by the event's) and
 * the store's counts. Also Parquet export through DuckDB's COPY.
 */
import type { DuckDBValue } from "@duckdb/node-api";
import type { EventRecord } from "../model/types.js";
import type { Store } from "./db.js";
import { type EventFilter, whereClause } from "./filters.js";
import { DESCRIPTION_COLUMNS } from "./schema.js";

export interface StoredEvent {
  id: number;
  record: EventRecord;
  numMentions: number;
  numStories: number;
  numSources: number;
  /** When Rift first / last stored a mention of it (ISO timestamps, UTC). */
  firstSeen: string;
  lastSeen: string;
  /** URL of the representative story, if it has one. */
  sourceUrl: string | null;
  /** Publication date of the representative story. */
  published: string | null;
}

function isoTimestamp(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Events matching the filter, by date then id, in chunks of rows. */
export async function* readEvents(store: Store, filter: EventFilter = {}): AsyncGenerator<StoredEvent[]> {
  const { sql, params } = whereClause(filter);
  const result = await store.conn.stream(
    `SELECT e.id, e.date, e.num_mentions, e.num_stories, e.num_sources, e.first_seen, e.last_seen,
            e.source_url, s.published, m.record
     FROM (SELECT * FROM events WHERE ${sql}) e
       JOIN mentions m ON m.event_id = e.id AND m.story_id = e.rep_story AND m.ord = e.rep_ord
       JOIN stories s ON s.id = e.rep_story
     ORDER BY e.day NULLS LAST, e.id`,
    params,
  );
  for await (const rows of result.yieldRowObjectJs()) {
    yield rows.map((r) => {
      const record = JSON.parse(String(r.record)) as EventRecord;
      const date = r.date === null ? null : String(r.date);
      if (date !== record.date) record.date = date;
      return {
        id: Number(r.id),
        record,
        numMentions: Number(r.num_mentions),
        numStories: Number(r.num_stories),
        numSources: Number(r.num_sources),
        firstSeen: isoTimestamp(r.first_seen),
        lastSeen: isoTimestamp(r.last_seen),
        sourceUrl: r.source_url === null ? null : String(r.source_url),
        published: r.published === null ? null : String(r.published),
      };
    });
  }
}

/** A SQL literal for a bound value (strings quoted, quotes doubled; numbers as is). */
function literal(v: DuckDBValue): string {
  if (v === null) return "NULL";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return `'${String(v).replaceAll("'", "''")}'`;
}

/** The events table's own columns written to Parquet (COPY takes no bound parameters). */
export const PARQUET_COLUMNS = [
  "id",
  "date",
  "day",
  "date_precision",
  ...DESCRIPTION_COLUMNS.filter((c) => c !== "confidence" && c !== "source_url"),
  "num_mentions",
  "num_stories",
  "num_sources",
  "confidence",
  "source_url",
  "first_seen",
  "last_seen",
];

/** Writes the matching events to a Parquet file; returns how many. */
export async function exportParquet(store: Store, filter: EventFilter, path: string): Promise<number> {
  const { sql, params } = whereClause(filter);
  let i = 0;
  const inlined = sql.replace(/\?/g, () => literal(params[i++] ?? null));
  const rows = await store.all(`SELECT count(*) AS n FROM events WHERE ${inlined}`);
  await store.run(
    `COPY (SELECT ${PARQUET_COLUMNS.join(", ")} FROM events WHERE ${inlined} ORDER BY day NULLS LAST, id)
     TO ${literal(path)} (FORMAT PARQUET, COMPRESSION ZSTD)`,
  );
  return Number(rows[0]?.n ?? 0);
}
