/**
 * Writing stories into the store: code them, deduplicate their events, append in batches.
 *
 *   const writer = new StoreWriter(store, { coder: (s) => codeDoc(s, kb) });
 *   for (const story of stories) await writer.add(story);
 *   await writer.flush();
 *   writer.stats; // stories new / updated / unchanged / failed, events new / merged / removed
 *
 * Each batch is one transaction (DuckDB appenders for stories, events and mentions), so a
 * crash loses at most the batch in flight and running the same input again finishes the job:
 * a story already stored with the same content hash is skipped without being coded, one whose
 * content changed under the same URL has its mentions replaced.
 *
 * Deduplication: a mention joins the event with the same dedup key (source code, target code,
 * CAMEO root, place country) and the same date — or, with `windowDays` > 0, a full date at most
 * that many days away (the nearest; month-only, year-only and missing dates only join identical
 * values). Counts (numMentions, numStories, numSources), first/last seen, the date (the earliest
 * its mentions give) and the representative mention (most confident, earliest seen on ties) are
 * recomputed from the mentions of every event a batch touched, so they stay exact whatever the
 * order of arrival.
 */
import { type DuckDBAppender, DuckDBDateValue, DuckDBTimestampValue, listValue } from "@duckdb/node-api";
import type { EventRecord, Problem, Story } from "../model/types.js";
import type { Row, Store } from "./db.js";
import { canonicalUrl, contentHash, datesMatch, dedupKey, eventDate, outletOf, storyKey } from "./keys.js";
import { DESCRIPTION_COLUMNS } from "./schema.js";

export interface CodeOutput {
  events: EventRecord[];
  problems: Problem[];
}

/** Codes one story; `codeDoc(story, kb)` from the library fits. May throw: the story counts as failed. */
export type Coder = (story: Story) => CodeOutput;

export interface WriterOptions {
  coder: Coder;
  /** Stories per transaction. Default 500. */
  batchSize?: number;
  /** Dedup window in days (0 = same date only). Default 0. */
  windowDays?: number;
  /** The clock for ingested_at / seen_at (metadata only). Default the system clock. */
  now?: () => Date;
  /** Called after each committed batch. */
  onBatch?: (stats: IngestStats, outcomes: StoryOutcome[]) => void;
  /** Called after each story of a batch is handled (coded or found unchanged), before the commit. */
  onStory?: (handled: number) => void;
  /** Called for each problem the coder reports (or a failure to code). */
  onProblem?: (problem: Problem) => void;
}

export interface IngestStats {
  storiesNew: number;
  storiesUpdated: number;
  storiesUnchanged: number;
  storiesFailed: number;
  eventsNew: number;
  eventsMerged: number;
  eventsRemoved: number;
  mentions: number;
  batches: number;
}

export type StoryStatus = "new" | "updated" | "unchanged" | "failed";

export interface StoryOutcome {
  /** The story's identity in the store (canonical URL or sha256:…). */
  key: string;
  story: Story;
  status: StoryStatus;
  events: number;
}

export function emptyStats(): IngestStats {
  return {
    storiesNew: 0,
    storiesUpdated: 0,
    storiesUnchanged: 0,
    storiesFailed: 0,
    eventsNew: 0,
    eventsMerged: 0,
    eventsRemoved: 0,
    mentions: 0,
    batches: 0,
  };
}

/** Stories handled so far (any status). */
export function storiesSeen(s: IngestStats): number {
  return s.storiesNew + s.storiesUpdated + s.storiesUnchanged + s.storiesFailed;
}

interface Prepared {
  story: Story;
  key: string;
  hash: string;
  url: string | null;
  outlet: string;
}

interface Coded extends Prepared {
  status: "new" | "updated";
  events: EventRecord[];
}

interface PendingMention {
  storyKey: string;
  url: string | null;
  ord: number;
  record: EventRecord;
  dkey: string;
  date: string | null;
  eventId: number;
}

interface NewEvent {
  id: number;
  date: string | null;
  mention: PendingMention;
}

const DAY_MS = 86_400_000;

function timestamp(d: Date): DuckDBTimestampValue {
  return new DuckDBTimestampValue(BigInt(d.getTime()) * 1000n);
}

function dateValue(day: string | null): DuckDBDateValue | null {
  return day === null ? null : new DuckDBDateValue(Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS));
}

function str(ap: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) ap.appendNull();
  else ap.appendVarchar(v);
}

function dbl(ap: DuckDBAppender, v: number | null | undefined): void {
  if (v === null || v === undefined || !Number.isFinite(v)) ap.appendNull();
  else ap.appendDouble(v);
}

function baseCode(code: string): string {
  return code.length > 3 ? code.slice(0, 3) : code;
}

export class StoreWriter {
  readonly stats: IngestStats = emptyStats();
  private readonly store: Store;
  private readonly opts: Required<Pick<WriterOptions, "batchSize" | "windowDays" | "now">> & WriterOptions;
  private buffer: Story[] = [];
  private bufferKeys = new Set<string>();

  constructor(store: Store, opts: WriterOptions) {
    if (store.readOnly) throw new Error("the store was opened read-only");
    this.store = store;
    this.opts = {
      ...opts,
      batchSize: Math.max(1, Math.floor(opts.batchSize ?? 500)),
      windowDays: Math.max(0, Math.floor(opts.windowDays ?? 0)),
      now: opts.now ?? (() => new Date()),
    };
  }

  /**
   * Queues a story; writes the batch when full, or first when the story repeats a queued one.
   * Returns the outcomes of the stories written by this call (often none).
   */
  async add(story: Story): Promise<StoryOutcome[]> {
    const out: StoryOutcome[] = [];
    const key = storyKey(story);
    if (this.bufferKeys.has(key)) out.push(...(await this.flush()));
    this.buffer.push(story);
    this.bufferKeys.add(key);
    if (this.buffer.length >= this.opts.batchSize) out.push(...(await this.flush()));
    return out;
  }

  /** Writes what is queued (one transaction) and returns each story's outcome. */
  async flush(): Promise<StoryOutcome[]> {
    if (this.buffer.length === 0) return [];
    const batch = this.buffer;
    this.buffer = [];
    this.bufferKeys = new Set();
    return await this.writeBatch(batch);
  }

  /** Codes and writes stories now, in one or more transactions (a repeated key starts a new one). */
  async write(stories: readonly Story[]): Promise<StoryOutcome[]> {
    const outcomes: StoryOutcome[] = [];
    for (const s of stories) outcomes.push(...(await this.add(s)));
    outcomes.push(...(await this.flush()));
    return outcomes;
  }

  private async writeBatch(stories: Story[]): Promise<StoryOutcome[]> {
    const prepared: Prepared[] = stories.map((story) => {
      const hash = contentHash(story);
      const url = canonicalUrl(story.url);
      return { story, hash, key: storyKey(story, hash), url, outlet: outletOf(url) };
    });
    const known = new Map<string, string>();
    const rows = await this.store.all(
      "SELECT id, hash FROM stories WHERE id IN (SELECT unnest(?::VARCHAR[]))",
      [listValue(prepared.map((p) => p.key))],
    );
    for (const r of rows) known.set(String(r.id), String(r.hash));

    const outcomes: StoryOutcome[] = [];
    const coded: Coded[] = [];
    const before = storiesSeen(this.stats);
    for (const [i, p] of prepared.entries()) {
      if (i > 0) this.opts.onStory?.(before + i);
      const old = known.get(p.key);
      if (old === p.hash) {
        outcomes.push({ key: p.key, story: p.story, status: "unchanged", events: 0 });
        continue;
      }
      let events: EventRecord[];
      try {
        const out = this.opts.coder(p.story);
        for (const problem of out.problems) this.opts.onProblem?.(problem);
        events = out.events;
      } catch (error) {
        this.opts.onProblem?.({
          severity: "error",
          code: "coder-failed",
          message: `${p.story.origin.file ?? p.story.id}: could not code the story (${error instanceof Error ? error.message : String(error)})`,
          story: p.story.id,
          file: p.story.origin.file,
          line: p.story.origin.line,
        });
        outcomes.push({ key: p.key, story: p.story, status: "failed", events: 0 });
        continue;
      }
      const status = old === undefined ? "new" : "updated";
      coded.push({ ...p, status, events });
      outcomes.push({ key: p.key, story: p.story, status, events: events.length });
    }

    const delta = emptyStats();
    if (coded.length > 0) await this.store.transaction(() => this.writeCoded(coded, delta));
    for (const o of outcomes) {
      if (o.status === "new") delta.storiesNew++;
      else if (o.status === "updated") delta.storiesUpdated++;
      else if (o.status === "unchanged") delta.storiesUnchanged++;
      else delta.storiesFailed++;
    }
    for (const k of Object.keys(delta) as (keyof IngestStats)[]) this.stats[k] += delta[k];
    this.stats.batches++;
    this.opts.onBatch?.(this.stats, outcomes);
    return outcomes;
  }

  private async writeCoded(coded: Coded[], delta: IngestStats): Promise<void> {
    const now = this.opts.now();
    const nowTs = timestamp(now);
    const touched = new Set<number>();

    // Replaced stories: drop their mentions (their events are recounted below) and update the row.
    const updated = coded.filter((c) => c.status === "updated");
    if (updated.length > 0) {
      const keys = listValue(updated.map((c) => c.key));
      for (const r of await this.store.all(
        "SELECT DISTINCT event_id FROM mentions WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
        [keys],
      )) {
        touched.add(Number(r.event_id));
      }
      await this.store.run("DELETE FROM mentions WHERE story_id IN (SELECT unnest(?::VARCHAR[]))", [keys]);
      for (const c of updated) {
        await this.store.run(
          `UPDATE stories SET input_id = ?, url = ?, hash = ?, title = ?, published = ?, outlet = ?,
             origin_file = ?, origin_format = ?, num_events = ?, updated_at = ? WHERE id = ?`,
          [
            c.story.id,
            c.url,
            c.hash,
            c.story.title,
            c.story.published,
            c.outlet,
            c.story.origin.file,
            c.story.origin.format,
            c.events.length,
            nowTs,
            c.key,
          ],
        );
      }
    }

    const fresh = coded.filter((c) => c.status === "new");
    if (fresh.length > 0) {
      const ap = await this.store.conn.createAppender("stories");
      for (const c of fresh) {
        ap.appendVarchar(c.key);
        ap.appendVarchar(c.story.id);
        str(ap, c.url);
        ap.appendVarchar(c.hash);
        str(ap, c.story.title);
        str(ap, c.story.published);
        ap.appendVarchar(c.outlet);
        str(ap, c.story.origin.file);
        ap.appendVarchar(c.story.origin.format);
        ap.appendInteger(c.events.length);
        ap.appendTimestamp(nowTs);
        ap.appendTimestamp(nowTs);
        ap.endRow();
      }
      ap.closeSync();
    }

    // Mentions → events.
    const mentions: PendingMention[] = [];
    for (const c of coded) {
      c.events.forEach((record, ord) => {
        mentions.push({
          storyKey: c.key,
          url: c.url,
          ord,
          record,
          dkey: dedupKey(record),
          date: record.date,
          eventId: 0,
        });
      });
    }
    if (mentions.length > 0) {
      const metaRow = await this.store.all("SELECT value FROM meta WHERE key = 'next_event_id'");
      let nextId = Number(metaRow[0]?.value ?? 1);
      const existing = await this.candidates(mentions);
      const created = new Map<string, NewEvent[]>();
      const newEvents: NewEvent[] = [];
      for (const m of mentions) {
        const id = bestExisting(
          existing.get(candidateKey(m.dkey, m.date)) ?? [],
          m.date,
          this.opts.windowDays,
        );
        if (id !== null) {
          m.eventId = id;
          delta.eventsMerged++;
        } else {
          const same = created.get(m.dkey) ?? [];
          const hit = bestNew(same, m.date, this.opts.windowDays);
          if (hit) {
            m.eventId = hit.id;
            delta.eventsMerged++;
          } else {
            const ev: NewEvent = { id: nextId++, date: m.date, mention: m };
            m.eventId = ev.id;
            same.push(ev);
            created.set(m.dkey, same);
            newEvents.push(ev);
            delta.eventsNew++;
          }
        }
        touched.add(m.eventId);
      }
      await this.appendEvents(newEvents, now);
      await this.appendMentions(mentions, nowTs);
      delta.mentions += mentions.length;
      await this.store.run("UPDATE meta SET value = ? WHERE key = 'next_event_id'", [String(nextId)]);
    }
    if (touched.size > 0) delta.eventsRemoved += await this.recount([...touched]);
  }

  /** Existing events that mentions may join, by dedup key and date (or window). */
  private async candidates(mentions: PendingMention[]): Promise<Map<string, Candidate[]>> {
    const distinct = new Map<
      string,
      { dkey: string; date: string | null; day: string | null; prec: string | null }
    >();
    for (const m of mentions) {
      const k = candidateKey(m.dkey, m.date);
      if (!distinct.has(k)) {
        const d = eventDate(m.date);
        distinct.set(k, { dkey: m.dkey, date: d.date, day: d.day, prec: d.precision });
      }
    }
    const list = [...distinct.values()];
    const w = this.opts.windowDays;
    const rows = await this.store.all(
      `WITH b AS (
         SELECT unnest(?::VARCHAR[]) AS dkey, unnest(?::VARCHAR[]) AS date,
                unnest(?::VARCHAR[])::DATE AS day, unnest(?::VARCHAR[]) AS prec)
       SELECT b.dkey, b.date AS bdate, e.id, e.date
       FROM b JOIN events e ON e.dedup_key = b.dkey
       WHERE e.date IS NOT DISTINCT FROM b.date
          OR (? > 0 AND b.prec = 'day' AND e.date_precision = 'day' AND abs(date_diff('day', e.day, b.day)) <= ?)`,
      [
        listValue(list.map((x) => x.dkey)),
        listValue(list.map((x) => x.date)),
        listValue(list.map((x) => x.day)),
        listValue(list.map((x) => x.prec)),
        w,
        w,
      ],
    );
    const out = new Map<string, Candidate[]>();
    for (const r of rows) {
      const k = candidateKey(String(r.dkey), r.bdate === null ? null : String(r.bdate));
      const arr = out.get(k) ?? [];
      arr.push({ id: Number(r.id), date: r.date === null ? null : String(r.date) });
      out.set(k, arr);
    }
    return out;
  }

  private async appendEvents(events: NewEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    const ts = timestamp(now);
    const ap = await this.store.conn.createAppender("events");
    for (const ev of events) {
      const m = ev.mention;
      appendEventColumns(ap, ev.id, m.dkey, m.record);
      ap.appendInteger(0); // num_mentions, num_stories, num_sources: recounted below
      ap.appendInteger(0);
      ap.appendInteger(0);
      ap.appendDouble(m.record.confidence);
      str(ap, m.url);
      ap.appendTimestamp(ts);
      ap.appendTimestamp(ts);
      ap.appendVarchar(m.storyKey);
      ap.appendInteger(m.ord);
      ap.endRow();
    }
    ap.closeSync();
  }

  private async appendMentions(mentions: PendingMention[], ts: DuckDBTimestampValue): Promise<void> {
    const ap = await this.store.conn.createAppender("mentions");
    for (const m of mentions) {
      const e = m.record;
      ap.appendBigInt(BigInt(m.eventId));
      ap.appendVarchar(m.storyKey);
      ap.appendInteger(m.ord);
      ap.appendInteger(e.sentenceIndex);
      ap.appendVarchar(e.sentence);
      ap.appendInteger(e.span[0]);
      ap.appendInteger(e.span[1]);
      ap.appendInteger(e.trigger[0]);
      ap.appendInteger(e.trigger[1]);
      str(ap, eventDate(e.date).date);
      ap.appendVarchar(e.code);
      ap.appendVarchar(e.rule);
      ap.appendDouble(e.confidence);
      ap.appendVarchar(JSON.stringify(e));
      ap.appendTimestamp(ts);
      ap.endRow();
    }
    ap.closeSync();
  }

  /**
   * Recomputes counts, first/last seen and the representative mention of the given events from
   * their mentions; deletes those left without mentions. Returns how many were deleted.
   */
  private async recount(ids: number[]): Promise<number> {
    const idList = listValue(ids.map((i) => BigInt(i)));
    await this.store.run(
      `UPDATE events SET num_mentions = a.n, num_stories = a.ns, num_sources = a.nsrc,
         first_seen = a.f, last_seen = a.l, date = a.date,
         day = CASE length(a.date) WHEN 10 THEN a.date::DATE WHEN 7 THEN (a.date || '-01')::DATE
                                   WHEN 4 THEN (a.date || '-01-01')::DATE END
       FROM (
         SELECT m.event_id, count(*) AS n, count(DISTINCT m.story_id) AS ns, count(DISTINCT s.outlet) AS nsrc,
                min(m.seen_at) AS f, max(m.seen_at) AS l, min(m.date) AS date
         FROM mentions m JOIN stories s ON s.id = m.story_id
         WHERE m.event_id IN (SELECT unnest(?::BIGINT[]))
         GROUP BY m.event_id) a
       WHERE events.id = a.event_id`,
      [idList],
    );
    // Representatives that changed: the best mention per event, ranked without reading records.
    const changed = await this.store.all(
      `WITH ranked AS (
         SELECT event_id, story_id, ord,
                row_number() OVER (PARTITION BY event_id ORDER BY confidence DESC, seen_at, story_id, ord) AS rn
         FROM mentions WHERE event_id IN (SELECT unnest(?::BIGINT[])))
       SELECT r.event_id, r.story_id, r.ord, e.dedup_key, s.url, m.record
       FROM ranked r
         JOIN events e ON e.id = r.event_id
         JOIN stories s ON s.id = r.story_id
         JOIN mentions m ON m.event_id = r.event_id AND m.story_id = r.story_id AND m.ord = r.ord
       WHERE r.rn = 1
         AND (e.rep_story <> r.story_id OR e.rep_ord <> r.ord OR e.source_url IS DISTINCT FROM s.url)`,
      [idList],
    );
    if (changed.length > 0) await this.replaceRepresentatives(changed);
    const gone = await this.store.all(
      `DELETE FROM events
       WHERE id IN (SELECT unnest(?::BIGINT[]))
         AND id NOT IN (SELECT event_id FROM mentions WHERE event_id IN (SELECT unnest(?::BIGINT[])))
       RETURNING id`,
      [idList, idList],
    );
    return gone.length;
  }

  /** Rewrites the descriptive columns of events whose representative mention changed. */
  private async replaceRepresentatives(rows: Row[]): Promise<void> {
    await this.store.run(`CREATE TEMP TABLE IF NOT EXISTS rep_update AS SELECT * FROM events LIMIT 0`);
    await this.store.run("DELETE FROM rep_update");
    const ap = await this.store.conn.createAppender("rep_update", "main", "temp");
    for (const r of rows) {
      const record = JSON.parse(String(r.record)) as EventRecord;
      appendEventColumns(ap, Number(r.event_id), String(r.dedup_key), record);
      ap.appendInteger(0);
      ap.appendInteger(0);
      ap.appendInteger(0);
      ap.appendDouble(record.confidence);
      str(ap, r.url === null || r.url === undefined ? null : String(r.url));
      ap.appendTimestamp(timestamp(new Date(0)));
      ap.appendTimestamp(timestamp(new Date(0)));
      ap.appendVarchar(String(r.story_id));
      ap.appendInteger(Number(r.ord));
      ap.endRow();
    }
    ap.closeSync();
    const cols = [...DESCRIPTION_COLUMNS, "rep_story", "rep_ord"];
    await this.store.run(
      `UPDATE events SET ${cols.map((c) => `${c} = u.${c}`).join(", ")} FROM rep_update u WHERE events.id = u.id`,
    );
  }
}

interface Candidate {
  id: number;
  date: string | null;
}

function candidateKey(dkey: string, date: string | null): string {
  return `${dkey}\u0000${date ?? ""}`;
}

/** The existing event a mention joins: same date first, then the nearest date, then the lowest id. */
function bestExisting(cands: Candidate[], date: string | null, windowDays: number): number | null {
  let best: Candidate | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of cands) {
    if (!datesMatch(date, c.date, windowDays)) continue;
    const dist = distance(date, c.date);
    if (dist < bestDist || (dist === bestDist && best !== null && c.id < best.id)) {
      best = c;
      bestDist = dist;
    }
  }
  return best?.id ?? null;
}

function bestNew(events: NewEvent[], date: string | null, windowDays: number): NewEvent | null {
  let best: NewEvent | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const e of events) {
    if (!datesMatch(date, e.date, windowDays)) continue;
    const dist = distance(date, e.date);
    if (dist < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}

function distance(a: string | null, b: string | null): number {
  if (a === b) return 0;
  const da = eventDate(a).day;
  const db = eventDate(b).day;
  if (da === null || db === null) return Number.POSITIVE_INFINITY;
  return Math.abs(Date.parse(da) - Date.parse(db)) / DAY_MS;
}

/** The event columns from id through place_lon, from a record. */
function appendEventColumns(ap: DuckDBAppender, id: number, dkey: string, e: EventRecord): void {
  const d = eventDate(e.date);
  ap.appendBigInt(BigInt(id));
  ap.appendVarchar(dkey);
  str(ap, d.date);
  const day = dateValue(d.day);
  if (day === null) ap.appendNull();
  else ap.appendDate(day);
  str(ap, d.precision);
  ap.appendVarchar(e.source.code);
  str(ap, e.source.country);
  str(ap, e.source.role);
  str(ap, e.source.text);
  str(ap, e.target?.code);
  str(ap, e.target?.country);
  str(ap, e.target?.role);
  str(ap, e.target?.text);
  ap.appendVarchar(e.code);
  ap.appendVarchar(baseCode(e.code));
  ap.appendVarchar(e.root);
  ap.appendTinyInt(e.quad);
  ap.appendDouble(e.goldstein);
  str(ap, e.plover?.event);
  str(ap, e.plover?.mode);
  str(ap, e.place?.name);
  str(ap, e.place?.country);
  dbl(ap, e.place?.lat);
  dbl(ap, e.place?.lon);
}
