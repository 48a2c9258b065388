import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseDuration, runWatch } from "../../src/cli/watch.js";
import { PoliteFetcher } from "../../src/feeds/fetch.js";
import { Watcher } from "../../src/feeds/watch.js";
import { Store } from "../../src/store/db.js";
import { StoreWriter } from "../../src/store/writer.js";
import { markerCoder, tempDir } from "../store/helpers.js";
import { atom, page, rss, TestServer } from "./server.js";

const FILLER =
  "The meeting took place in a small hall and lasted most of the afternoon, according to aides who spoke afterwards.";

function storyPage(title: string, marker: string): string {
  return page(title, "2025-06-02", [`Officials met on Monday. ${marker}`, FILLER, FILLER]);
}

describe("rift watch (against a loopback server)", () => {
  const server = new TestServer();
  const tmp = tempDir("rift-watch-");
  let base = "";
  let flakyFailures = 1;
  let feedVersion = 1;
  before(async () => {
    base = await server.start();
    const items = [
      { path: "/news/1", title: "One", date: "Mon, 02 Jun 2025 09:00:00 GMT" },
      { path: "/news/2", title: "Two", date: "Mon, 02 Jun 2025 10:00:00 GMT" },
      { path: "/news/flaky", title: "Flaky", date: "Mon, 02 Jun 2025 11:00:00 GMT" },
      { path: "/news/nav", title: "Not an article", date: "Mon, 02 Jun 2025 12:00:00 GMT" },
    ];
    server.routes.set("/feed.xml", (req, res) => {
      const etag = `"feed-v${feedVersion}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      const list =
        feedVersion === 1
          ? items
          : [...items, { path: "/news/3", title: "Three", date: "Tue, 03 Jun 2025 09:00:00 GMT" }];
      res.writeHead(200, { etag, "content-type": "application/rss+xml" }).end(rss(base, list));
    });
    // a second feed (Atom) from another outlet path, listing a page the first feed also lists
    server.routes.set("/atom.xml", (req, res) => {
      const lm = "Mon, 02 Jun 2025 12:00:00 GMT";
      if (req.headers["if-modified-since"] === lm) return void res.writeHead(304).end();
      res
        .writeHead(200, { "last-modified": lm, "content-type": "application/atom+xml" })
        .end(atom(base, [{ path: "/news/2", title: "Two again", date: "2025-06-02T10:00:00Z" }]));
    });
    server.routes.set("/broken.xml", (_req, res) => void res.writeHead(500).end("oops"));
    server.routes.set("/notxml.xml", (_req, res) => void res.writeHead(200).end("<rss><channel><item>"));
    server.routes.set("/news/1", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(storyPage("One", "{{AZEGOV>RUSGOV 112 2025-06-02 AZE}}")),
    );
    server.routes.set("/news/2", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(storyPage("Two", "{{AZEGOV>RUSGOV 112 2025-06-02 AZE}}")),
    );
    server.routes.set("/news/3", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(storyPage("Three", "{{RUSGOV>AZEGOV 036 2025-06-03 -}}")),
    );
    server.routes.set("/news/flaky", (_req, res) => {
      if (flakyFailures-- > 0) return void res.writeHead(503).end("try later");
      res
        .writeHead(200, { "content-type": "text/html" })
        .end(storyPage("Flaky", "{{AZEMIL>ARMMIL 190 2025-06-01 ARM}}"));
    });
    server.routes.set("/news/nav", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<html><body><a href="/a">A</a> <a href="/b">B</a></body></html>'),
    );
  });
  after(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it("polls feeds, stores new pages, retries failures later, and uses conditional GETs", async () => {
    const store = await Store.open(join(tmp.dir, "w.duckdb"));
    const writer = new StoreWriter(store, { coder: markerCoder });
    const log: string[] = [];
    const watcher = new Watcher({
      feeds: [`${base}/feed.xml`, `${base}/broken.xml`, `${base}/atom.xml`, `${base}/notxml.xml`],
      store,
      writer,
      fetcher: new PoliteFetcher({ perHostIntervalMs: 0, retries: 0, timeoutMs: 2000 }),
      retryBaseMs: 0,
      log: (l) => log.push(l),
    });

    const s1 = await watcher.pollOnce();
    assert.deepEqual(
      [s1.feedsOk, s1.feedsFailed, s1.newItems, s1.pagesStored, s1.pagesSkipped, s1.pagesFailed],
      [2, 2, 4, 2, 1, 1],
    );
    assert.equal(server.count("/news/2"), 1, "a page listed by two feeds is fetched once");
    assert.ok(log.some((l) => /feed .*broken\.xml failed: HTTP 500/.test(l)));
    assert.ok(log.some((l) => /feed .*notxml\.xml failed: not well-formed XML/.test(l)));
    assert.ok(log.some((l) => /page .*\/news\/flaky failed: HTTP 503 .*attempt 1; will retry/.test(l)));
    assert.ok(log.some((l) => /page .*\/news\/nav skipped: .*no article/.test(l)));
    let [ev] = await store.all("SELECT num_mentions, num_stories FROM events WHERE code = '112'");
    assert.equal(ev?.num_stories, 2);

    // second poll: feeds not modified, the flaky page now works, nothing else is fetched again
    const s2 = await watcher.pollOnce();
    assert.deepEqual([s2.feedsNotModified, s2.newItems, s2.pagesStored, s2.pagesFailed], [2, 0, 1, 0]);
    assert.equal(server.count("/news/1"), 1);
    assert.equal(server.count("/news/nav"), 1);
    assert.ok(server.hits.some((h) => h.path === "/feed.xml" && h.ifNoneMatch === '"feed-v1"'));
    assert.ok(server.hits.some((h) => h.path === "/atom.xml" && h.ifModifiedSince !== null));

    // the feed changes: only the new item is fetched
    feedVersion = 2;
    const s3 = await watcher.pollOnce();
    assert.deepEqual([s3.feedsOk, s3.newItems, s3.pagesStored], [1, 1, 1]);
    const stories = await store.all("SELECT id, title, published, outlet FROM stories ORDER BY id");
    assert.deepEqual(
      stories.map((s) => s.id),
      [`${base}/news/1`, `${base}/news/2`, `${base}/news/3`, `${base}/news/flaky`],
    );
    assert.equal(stories[0]?.published, "2025-06-02");
    assert.equal(stories[0]?.outlet, "127.0.0.1");
    const items = await store.all("SELECT url, status, attempts FROM feed_items ORDER BY url");
    assert.deepEqual(
      items.map((i) => [String(i.url).replace(base, ""), i.status]),
      [
        ["/news/1", "stored"],
        ["/news/2", "stored"],
        ["/news/3", "stored"],
        ["/news/flaky", "stored"],
        ["/news/nav", "skipped"],
      ],
    );
    const feeds = await store.all("SELECT url, failures FROM feeds ORDER BY url");
    assert.equal(feeds.find((f) => String(f.url).endsWith("/broken.xml"))?.failures, 3);
    [ev] = await store.all("SELECT count(*) AS n FROM events");
    assert.equal(Number(ev?.n), 3);
    store.close();
  });

  it("the CLI: --once polls once and exits 0 even when a feed fails", async () => {
    const db = join(tmp.dir, "cli.duckdb");
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s) };
    const code = await runWatch(
      [
        "--feed",
        `${base}/feed.xml`,
        "--feed",
        `${base}/broken.xml`,
        "--once",
        "--db",
        db,
        "--rate",
        "0s",
        "--retries",
        "0",
      ],
      io,
      { coder: markerCoder, retryBaseMs: 0 },
    );
    assert.equal(code, 0, err.join(""));
    const text = err.join("");
    assert.match(text, /rift watch: \d{4}-\d{2}-\d{2}T.* feed .*broken\.xml failed: HTTP 500/);
    assert.match(
      text,
      /poll done: feeds 1 ok, 0 not modified, 1 failed; 5 new items; pages 4 stored, 1 skipped/,
    );
    const store = await Store.openForReading(db);
    assert.equal((await store.all("SELECT * FROM stories")).length, 4);
    store.close();
  });

  it("the loop keeps polling until stopped", async () => {
    const db = join(tmp.dir, "loop.duckdb");
    const ac = new AbortController();
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s) };
    const before = server.count("/broken.xml");
    const done = runWatch(
      ["--feed", `${base}/broken.xml`, "--every", "1s", "--db", db, "--rate", "0s", "--retries", "0"],
      io,
      {
        coder: markerCoder,
        signal: ac.signal,
      },
    );
    await new Promise((r) => setTimeout(r, 1500));
    ac.abort();
    assert.equal(await done, 0);
    assert.ok(server.count("/broken.xml") - before >= 2, "polled again after a failure");
  });

  it("rejects bad options", async () => {
    const io = { out: () => undefined, err: () => undefined };
    assert.equal(await runWatch([], io), 2);
    assert.equal(await runWatch(["--feed", "ftp://x/feed"], io), 2);
    assert.equal(await runWatch(["--feed", `${base}/feed.xml`, "--every", "soon"], io), 2);
    assert.equal(parseDuration("15m"), 900_000);
    assert.equal(parseDuration("90"), 90_000);
    assert.equal(parseDuration("250ms"), 250);
    assert.equal(parseDuration("1h"), 3_600_000);
    assert.equal(parseDuration("x"), null);
  });
});
