/**
 * `rift watch`: poll feeds, fetch the pages of new items, extract, code and store them.
 *
 * One poll: each feed is fetched with a conditional GET (its ETag / Last-Modified are kept in the
 * `feeds` table); the links of its items are recorded in `feed_items` (status "pending");
 * then every pending item due for a try is fetched, its text extracted by the ingest HTML parser
 * (parseHtmlStory) and the stories are written through the StoreWriter. A feed or page that
 * fails is logged and tried again later — a feed at the next poll, a page after a backoff
 * (retryBaseMs, doubled per failed attempt) until `maxAttempts`, when it is marked "failed".
 * A page without an article is marked "skipped". Nothing that fails stops the loop. A page whose
 * URL is already a stored story is not fetched again.
 */
import { decodeBytes, parseHtmlStory } from "../ingest/index.js";
import type { Story } from "../model/types.js";
import type { Row, Store } from "../store/db.js";
import { canonicalUrl } from "../store/keys.js";
import type { IngestStats, StoreWriter } from "../store/writer.js";
import { PoliteFetcher } from "./fetch.js";
import { parseFeed } from "./parse.js";

export interface WatchOptions {
  feeds: string[];
  store: Store;
  writer: StoreWriter;
  fetcher?: PoliteFetcher;
  /** Wall clock (for backoff times and bookkeeping). */
  now?: () => Date;
  /** One line per notable thing (no newline). */
  log?: (line: string) => void;
  /** Tries per page before it is marked failed. Default 6. */
  maxAttempts?: number;
  /** Wait before a failed page's second try, doubled each time. Default 5 minutes. */
  retryBaseMs?: number;
  /** Pages fetched per poll at most. Default 500. */
  maxPagesPerPoll?: number;
}

export interface PollSummary {
  feedsOk: number;
  feedsNotModified: number;
  feedsFailed: number;
  newItems: number;
  pagesStored: number;
  pagesUnchanged: number;
  pagesSkipped: number;
  pagesFailed: number;
  eventsNew: number;
  eventsMerged: number;
}

function ts(d: Date): string {
  return d.toISOString().replace("T", " ").replace("Z", "");
}

function short(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

export class Watcher {
  private readonly o: Required<Omit<WatchOptions, "fetcher">> & { fetcher: PoliteFetcher };

  constructor(opts: WatchOptions) {
    this.o = {
      feeds: opts.feeds,
      store: opts.store,
      writer: opts.writer,
      maxAttempts: opts.maxAttempts ?? 6,
      retryBaseMs: opts.retryBaseMs ?? 5 * 60_000,
      maxPagesPerPoll: opts.maxPagesPerPoll ?? 500,
      now: opts.now ?? (() => new Date()),
      log: opts.log ?? (() => undefined),
      fetcher: opts.fetcher ?? new PoliteFetcher(),
    };
  }

  /** One poll of every feed and every page due. Never throws for a feed's or page's failure. */
  async pollOnce(): Promise<PollSummary> {
    const sum: PollSummary = {
      feedsOk: 0,
      feedsNotModified: 0,
      feedsFailed: 0,
      newItems: 0,
      pagesStored: 0,
      pagesUnchanged: 0,
      pagesSkipped: 0,
      pagesFailed: 0,
      eventsNew: 0,
      eventsMerged: 0,
    };
    for (const feed of this.o.feeds) await this.pollFeed(feed, sum);
    await this.fetchPages(sum);
    return sum;
  }

  /** Polls until the signal aborts (or once). */
  async run(everyMs: number, opts: { once?: boolean; signal?: AbortSignal } = {}): Promise<void> {
    for (;;) {
      try {
        const s = await this.pollOnce();
        this.o.log(
          `poll done: feeds ${s.feedsOk} ok, ${s.feedsNotModified} not modified, ${s.feedsFailed} failed; ` +
            `${s.newItems} new items; pages ${s.pagesStored} stored, ${s.pagesSkipped} skipped, ${s.pagesFailed} failed; ` +
            `events ${s.eventsNew} new, ${s.eventsMerged} merged`,
        );
      } catch (e) {
        this.o.log(`poll failed: ${short(e)} (will try again)`);
      }
      if (opts.once || opts.signal?.aborted) return;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, everyMs);
        opts.signal?.addEventListener(
          "abort",
          () => {
            clearTimeout(t);
            resolve();
          },
          { once: true },
        );
      });
      if (opts.signal?.aborted) return;
    }
  }

  private async pollFeed(feed: string, sum: PollSummary): Promise<void> {
    const { store } = this.o;
    const now = this.o.now();
    const [state] = await store.all("SELECT etag, last_modified, failures FROM feeds WHERE url = ?", [feed]);
    if (!state) {
      await store.run("INSERT INTO feeds (url, failures) VALUES (?, 0)", [feed]);
    }
    try {
      const res = await this.o.fetcher.get(feed, {
        etag: (state?.etag as string | null) ?? null,
        lastModified: (state?.last_modified as string | null) ?? null,
      });
      if (res.notModified) {
        sum.feedsNotModified++;
        await store.run(
          "UPDATE feeds SET last_polled = ?::TIMESTAMP, last_ok = ?::TIMESTAMP, failures = 0, last_error = NULL WHERE url = ?",
          [ts(now), ts(now), feed],
        );
        return;
      }
      const decoded = decodeBytes(res.body, true);
      if (!decoded.ok) throw new Error(`feed body: ${decoded.reason}`);
      const parsed = parseFeed(decoded.text, res.url);
      let fresh = 0;
      await store.transaction(async () => {
        for (const item of parsed.items) {
          const url = canonicalUrl(item.url) ?? item.url;
          const known = await store.all(
            "SELECT 1 FROM feed_items WHERE url = ? UNION ALL SELECT 1 FROM stories WHERE id = ? LIMIT 1",
            [url, url],
          );
          if (known.length > 0) continue;
          await store.run(
            `INSERT INTO feed_items (url, feed, title, published, status, attempts, first_seen, updated_at)
             VALUES (?, ?, ?, ?, 'pending', 0, ?::TIMESTAMP, ?::TIMESTAMP)`,
            [url, feed, item.title, item.published, ts(now), ts(now)],
          );
          fresh++;
        }
        await store.run(
          `UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ?::TIMESTAMP, last_ok = ?::TIMESTAMP,
             failures = 0, last_error = NULL WHERE url = ?`,
          [res.etag, res.lastModified, ts(now), ts(now), feed],
        );
      });
      sum.feedsOk++;
      sum.newItems += fresh;
      if (fresh > 0) this.o.log(`feed ${feed}: ${fresh} new item${fresh === 1 ? "" : "s"}`);
    } catch (e) {
      sum.feedsFailed++;
      const failures = Number(state?.failures ?? 0) + 1;
      this.o.log(`feed ${feed} failed: ${short(e)} (attempt ${failures}; will retry next poll)`);
      await store.run(
        "UPDATE feeds SET last_polled = ?::TIMESTAMP, failures = ?, last_error = ? WHERE url = ?",
        [ts(now), failures, short(e), feed],
      );
    }
  }

  private async fetchPages(sum: PollSummary): Promise<void> {
    const { store } = this.o;
    const now = this.o.now();
    const due = await store.all(
      `SELECT url, feed, title, published, attempts FROM feed_items
       WHERE status = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?::TIMESTAMP)
       ORDER BY first_seen, url LIMIT ?`,
      [ts(now), this.o.maxPagesPerPoll],
    );
    const ready: { item: Row; story: Story }[] = [];
    for (const item of due) {
      const url = String(item.url);
      try {
        const res = await this.o.fetcher.get(url);
        if (res.notModified) throw new Error("unexpected 304");
        const decoded = decodeBytes(res.body, true);
        if (!decoded.ok) {
          await this.markSkipped(url, decoded.reason, sum);
          continue;
        }
        const published = item.published === null ? undefined : String(item.published);
        const read = parseHtmlStory(decoded.text, { file: url, line: null, format: "html" }, url, {
          date: published,
        });
        if (read.kind === "problem") {
          await this.markSkipped(url, read.problem.message, sum);
          continue;
        }
        const story: Story = { ...read.story, url: read.story.url ?? url };
        if (story.title === null && item.title !== null) story.title = String(item.title);
        ready.push({ item, story });
      } catch (e) {
        await this.markFailed(item, e as Error, sum);
      }
    }
    if (ready.length === 0) return;
    const before: IngestStats = { ...this.o.writer.stats };
    const outcomes = await this.o.writer.write(ready.map((r) => r.story));
    const after = this.o.writer.stats;
    sum.eventsNew += after.eventsNew - before.eventsNew;
    sum.eventsMerged += after.eventsMerged - before.eventsMerged;
    for (let i = 0; i < ready.length; i++) {
      const { item } = ready[i] as { item: Row };
      const outcome = outcomes.find((o) => o.story === ready[i]?.story);
      const url = String(item.url);
      if (outcome?.status === "failed") {
        await this.markFailed(item, new Error("the story could not be coded"), sum);
        continue;
      }
      if (outcome?.status === "unchanged") sum.pagesUnchanged++;
      else sum.pagesStored++;
      await store.run(
        "UPDATE feed_items SET status = 'stored', attempts = attempts + 1, last_error = NULL, updated_at = ?::TIMESTAMP WHERE url = ?",
        [ts(this.o.now()), url],
      );
      this.o.log(`stored ${url}: ${outcome?.events ?? 0} event${outcome?.events === 1 ? "" : "s"}`);
    }
  }

  private async markSkipped(url: string, reason: string, sum: PollSummary): Promise<void> {
    sum.pagesSkipped++;
    this.o.log(`page ${url} skipped: ${reason}`);
    await this.o.store.run(
      "UPDATE feed_items SET status = 'skipped', attempts = attempts + 1, last_error = ?, updated_at = ?::TIMESTAMP WHERE url = ?",
      [reason, ts(this.o.now()), url],
    );
  }

  private async markFailed(item: Row, e: Error, sum: PollSummary): Promise<void> {
    sum.pagesFailed++;
    const url = String(item.url);
    const attempts = Number(item.attempts ?? 0) + 1;
    const giveUp = attempts >= this.o.maxAttempts;
    const next = new Date(this.o.now().getTime() + this.o.retryBaseMs * 2 ** (attempts - 1));
    this.o.log(
      `page ${url} failed: ${short(e)} (attempt ${attempts}${giveUp ? "; giving up" : `; will retry after ${next.toISOString()}`})`,
    );
    await this.o.store.run(
      `UPDATE feed_items SET status = ?, attempts = ?, next_attempt = ?::TIMESTAMP, last_error = ?, updated_at = ?::TIMESTAMP
       WHERE url = ?`,
      [giveUp ? "failed" : "pending", attempts, ts(next), short(e), ts(this.o.now()), url],
    );
  }
}
