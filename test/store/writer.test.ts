import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Store } from "../../src/store/db.js";
import { StoreWriter } from "../../src/store/writer.js";
import { markerCoder, story } from "./helpers.js";

async function memStore(): Promise<Store> {
  return await Store.open(":memory:");
}

async function events(store: Store) {
  return await store.all(
    `SELECT id, date, source_code, target_code, code, root, place_country, num_mentions, num_stories, num_sources, source_url
     FROM events ORDER BY id`,
  );
}

async function snapshot(store: Store) {
  return {
    stories: await store.all(
      "SELECT id, input_id, hash, outlet, num_events, ingested_at, updated_at FROM stories ORDER BY id",
    ),
    events: await store.all("SELECT * FROM events ORDER BY id"),
    mentions: await store.all("SELECT * FROM mentions ORDER BY story_id, ord"),
  };
}

const SUMMON = "{{AZEGOV>RUSGOV 112 2025-06-01 AZE}}";

describe("StoreWriter", () => {
  it("stores stories, events and mentions, and counts them", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    const out = await w.write([
      story("a", `First. ${SUMMON} Then {{RUSMIL>UKRMIL 190 2025-06-02 UKR}}.`, "https://one.example/a"),
      story("b", "Nothing happened here."),
    ]);
    assert.deepEqual(
      out.map((o) => [o.status, o.events]),
      [
        ["new", 2],
        ["new", 0],
      ],
    );
    assert.equal(w.stats.storiesNew, 2);
    assert.equal(w.stats.eventsNew, 2);
    assert.equal(w.stats.mentions, 2);
    const rows = await store.all("SELECT id, outlet, url FROM stories ORDER BY id");
    assert.equal(rows.length, 2);
    assert.equal(rows[0]?.id, "https://one.example/a");
    assert.equal(rows[0]?.outlet, "one.example");
    assert.match(String(rows[1]?.id), /^sha256:[0-9a-f]{64}$/);
    assert.equal(rows[1]?.outlet, "unknown");
    const mentions = await store.all("SELECT story_id, ord, code, record FROM mentions ORDER BY ord");
    assert.equal(mentions.length, 2);
    assert.equal(JSON.parse(String(mentions[0]?.record)).code, "112");
    store.close();
  });

  it("merges one happening reported by several outlets, and keeps distinct events apart", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    await w.write([
      story("w1", `Wire report. ${SUMMON}`, "https://www.wire.example/1"),
      story("w2", `Wire follow-up. ${SUMMON}`, "https://wire.example/2"),
      story("p1", `Paper report. ${SUMMON}`, "https://paper.example/p"),
      story("blog", `A blog without a URL. ${SUMMON}`),
      // distinct: another day, another target, another root, another place
      story("x1", "{{AZEGOV>RUSGOV 112 2025-06-02 AZE}}", "https://paper.example/x1"),
      story("x2", "{{AZEGOV>ARMGOV 112 2025-06-01 AZE}}", "https://paper.example/x2"),
      story("x3", "{{AZEGOV>RUSGOV 042 2025-06-01 AZE}}", "https://paper.example/x3"),
      story("x4", "{{AZEGOV>RUSGOV 112 2025-06-01 RUS}}", "https://paper.example/x4"),
    ]);
    const rows = await events(store);
    assert.equal(rows.length, 5);
    const merged = rows[0];
    assert.equal(merged?.num_mentions, 4);
    assert.equal(merged?.num_stories, 4);
    assert.equal(merged?.num_sources, 3); // wire.example, paper.example, unknown
    assert.deepEqual(
      rows.slice(1).map((r) => r.num_mentions),
      [1, 1, 1, 1],
    );
    assert.equal(w.stats.eventsNew, 5);
    assert.equal(w.stats.eventsMerged, 3);
    store.close();
  });

  it("merges across batches and runs the same way as within one", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder, batchSize: 1 });
    for (const id of ["a", "b", "c"])
      await w.add(story(id, `Report ${id}. ${SUMMON}`, `https://${id}.example/`));
    await w.flush();
    assert.equal(w.stats.batches, 3);
    const rows = await events(store);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.num_sources, 3);
    store.close();
  });

  it("is idempotent: the same stories again change nothing", async () => {
    const store = await memStore();
    let clock = Date.UTC(2025, 6, 1);
    const now = () => {
      clock += 1000;
      return new Date(clock);
    };
    const input = [
      story("a", `One. ${SUMMON}`, "https://a.example/1"),
      story("b", `Two. ${SUMMON} {{RUSGOV>AZEGOV 111 2025-06 -}}`),
    ];
    await new StoreWriter(store, { coder: markerCoder, now }).write(input);
    const before = await snapshot(store);
    const w2 = new StoreWriter(store, { coder: markerCoder, now });
    const out = await w2.write(input);
    assert.deepEqual(
      out.map((o) => o.status),
      ["unchanged", "unchanged"],
    );
    assert.equal(w2.stats.eventsNew + w2.stats.eventsMerged + w2.stats.mentions, 0);
    assert.deepEqual(await snapshot(store), before);
    store.close();
  });

  it("replaces the mentions of a story whose content changed under the same URL", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    await w.write([
      story("a", `Draft. ${SUMMON} {{AZEGOV>RUSGOV 190 2025-06-01 AZE}}`, "https://a.example/story#top"),
      story("b", `Other. ${SUMMON}`, "https://b.example/story"),
    ]);
    assert.equal((await events(store)).length, 2);
    // corrected version: the 190 event is gone, a new 036 appears
    const out = await w.write([
      story("a", `Corrected. ${SUMMON} {{AZEGOV>RUSGOV 036 2025-06-01 AZE}}`, "https://a.example/story"),
    ]);
    assert.equal(out[0]?.status, "updated");
    assert.equal(w.stats.eventsRemoved, 1);
    const rows = await events(store);
    assert.deepEqual(
      rows.map((r) => [r.code, r.num_mentions, r.num_stories]),
      [
        ["112", 2, 2],
        ["036", 1, 1],
      ],
    );
    assert.equal((await store.all("SELECT * FROM stories")).length, 2);
    assert.equal(
      (await store.all("SELECT * FROM mentions WHERE story_id = 'https://a.example/story'")).length,
      2,
    );
    store.close();
  });

  it("keeps the same event id when a replaced story still reports it", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    await w.write([story("a", `v1 ${SUMMON}`, "https://a.example/s")]);
    const [before] = await events(store);
    await w.write([story("a", `v2 ${SUMMON}`, "https://a.example/s")]);
    const after = await events(store);
    assert.equal(after.length, 1);
    assert.equal(after[0]?.id, before?.id);
    assert.equal(after[0]?.num_mentions, 1);
    store.close();
  });

  it("dedup window: full dates within the window merge; month-only and year-only only when identical", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder, windowDays: 1 });
    await w.write([
      story("a", "{{AZEGOV>RUSGOV 112 2025-06-01 AZE}}"),
      story("b", "{{AZEGOV>RUSGOV 112 2025-06-02 AZE}}"),
      story("c", "{{AZEGOV>RUSGOV 112 2025-06-04 AZE}}"),
      story("d", "{{AZEGOV>RUSGOV 112 2025-06 AZE}}"),
      story("e", "{{AZEGOV>RUSGOV 112 2025-06 AZE}}"),
      story("f", "{{AZEGOV>RUSGOV 112 2025 AZE}}"),
      story("g", "{{AZEGOV>RUSGOV 112 - AZE}}"),
      story("h", "{{AZEGOV>RUSGOV 112 - AZE}}"),
    ]);
    const rows = await events(store);
    assert.deepEqual(
      rows.map((r) => [r.date, r.num_mentions]),
      [
        ["2025-06-01", 2],
        ["2025-06-04", 1],
        ["2025-06", 2],
        ["2025", 1],
        [null, 2],
      ],
    );
    // a later batch joins the nearest event within the window
    await w.write([story("i", "{{AZEGOV>RUSGOV 112 2025-06-05 AZE}}")]);
    const again = await events(store);
    assert.equal(again.length, 5);
    assert.equal(again.find((r) => r.date === "2025-06-04")?.num_mentions, 2);
    store.close();
  });

  it("with the default window, a day apart is two events", async () => {
    const store = await memStore();
    await new StoreWriter(store, { coder: markerCoder }).write([
      story("a", "{{AZEGOV>RUSGOV 112 2025-06-01 AZE}}"),
      story("b", "{{AZEGOV>RUSGOV 112 2025-06-02 AZE}}"),
    ]);
    assert.equal((await events(store)).length, 2);
    store.close();
  });

  it("takes the descriptive columns from the most confident mention", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    await w.write([story("a", "{{AZEGOV>RUSGOV 112 2025-06-01 AZE c=0.5}}", "https://a.example/1")]);
    await w.write([story("b", "{{AZEGOV>RUSGOV 111 2025-06-01 AZE c=0.9}}", "https://b.example/1")]);
    let [row] = await events(store);
    assert.equal(row?.code, "111");
    assert.equal(row?.source_url, "https://b.example/1");
    // the confident story is corrected away: the event falls back to the other telling
    await w.write([story("b", "Nothing after all.", "https://b.example/1")]);
    [row] = await events(store);
    assert.equal(row?.code, "112");
    assert.equal(row?.num_mentions, 1);
    assert.equal(row?.source_url, "https://a.example/1");
    store.close();
  });

  it("a story the coder cannot code counts as failed, is not stored, and is retried next time", async () => {
    const store = await memStore();
    const problems: string[] = [];
    const w = new StoreWriter(store, { coder: markerCoder, onProblem: (p) => problems.push(p.code) });
    const out = await w.write([story("bad", "{{boom}}"), story("ok", SUMMON)]);
    assert.deepEqual(
      out.map((o) => o.status),
      ["failed", "new"],
    );
    assert.deepEqual(problems, ["coder-failed"]);
    assert.equal((await store.all("SELECT * FROM stories")).length, 1);
    store.close();
  });

  it("the same story twice in one batch is stored once", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    const out = await w.write([
      story("a", SUMMON, "https://a.example/"),
      story("a", SUMMON, "https://a.example/"),
    ]);
    assert.deepEqual(
      out.map((o) => o.status),
      ["new", "unchanged"],
    );
    assert.equal((await events(store))[0]?.num_mentions, 1);
    store.close();
  });

  it("rolls a batch back whole when writing fails", async () => {
    const store = await memStore();
    const w = new StoreWriter(store, { coder: markerCoder });
    await w.write([story("a", SUMMON, "https://a.example/")]);
    // a record the store cannot write (no code), after a good story in the same batch
    const broken = new StoreWriter(store, {
      coder: (s) => {
        const out = markerCoder(s);
        if (s.id === "bad") for (const e of out.events) (e as { code: unknown }).code = null;
        return out;
      },
    });
    await assert.rejects(
      broken.write([
        story("b", SUMMON, "https://b.example/"),
        story("bad", "{{RUSGOV>AZEGOV 036 2025-06-05 -}}", "https://c.example/"),
      ]),
    );
    assert.equal((await store.all("SELECT * FROM stories")).length, 1);
    assert.equal((await store.all("SELECT * FROM mentions")).length, 1);
    assert.equal((await events(store))[0]?.num_mentions, 1);
    assert.equal((await store.all("SELECT value FROM meta WHERE key = 'next_event_id'"))[0]?.value, "2");
    store.close();
  });
});
