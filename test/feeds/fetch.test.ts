import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { FetchError, PoliteFetcher } from "../../src/feeds/fetch.js";
import { TestServer } from "./server.js";

describe("PoliteFetcher (against a loopback server)", () => {
  const server = new TestServer();
  let base = "";
  before(async () => {
    base = await server.start();
    server.routes.set("/etag", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', "content-type": "text/plain" }).end("hello");
    });
    server.routes.set("/lm", (req, res) => {
      const lm = "Wed, 04 Jun 2025 10:00:00 GMT";
      if (req.headers["if-modified-since"] === lm) return void res.writeHead(304).end();
      res.writeHead(200, { "last-modified": lm }).end("body");
    });
    let flaky = 0;
    server.routes.set("/flaky", (_req, res) => {
      flaky++;
      if (flaky <= 2) return void res.writeHead(503).end("busy");
      res.writeHead(200).end("finally");
    });
    server.routes.set("/gone", (_req, res) => void res.writeHead(410).end());
    server.routes.set("/busy", (_req, res) => void res.writeHead(429, { "retry-after": "0" }).end());
    server.routes.set("/slow", (_req, res) => {
      setTimeout(() => res.writeHead(200).end("late"), 2000).unref();
    });
    server.routes.set("/big", (_req, res) => void res.writeHead(200).end("x".repeat(5000)));
    for (const p of ["/r1", "/r2", "/r3"])
      server.routes.set(p, (_req, res) => void res.writeHead(200).end(p));
  });
  after(() => server.stop());

  it("conditional GET with ETag and with Last-Modified", async () => {
    const f = new PoliteFetcher({ perHostIntervalMs: 0 });
    const first = await f.get(`${base}/etag`);
    assert.equal(first.notModified, false);
    assert.equal(first.etag, '"v1"');
    const second = await f.get(`${base}/etag`, { etag: first.etag });
    assert.equal(second.notModified, true);
    const lm = await f.get(`${base}/lm`);
    const lm2 = await f.get(`${base}/lm`, { lastModified: lm.lastModified });
    assert.equal(lm2.notModified, true);
    assert.match(server.hits.at(-1)?.userAgent ?? "", /^rift\//);
  });

  it("retries 5xx with backoff, fails 4xx at once", async () => {
    const slept: number[] = [];
    const f = new PoliteFetcher({
      perHostIntervalMs: 0,
      retries: 2,
      backoffMs: 5,
      sleep: async (ms) => {
        slept.push(ms);
        await new Promise((r) => setTimeout(r, 1));
      },
    });
    const r = await f.get(`${base}/flaky`);
    assert.equal(r.notModified, false);
    assert.equal(server.count("/flaky"), 3);
    assert.deepEqual(slept, [5, 10]);
    await assert.rejects(
      f.get(`${base}/gone`),
      (e: unknown) => e instanceof FetchError && e.status === 410 && !e.retryable,
    );
    assert.equal(server.count("/gone"), 1);
    await assert.rejects(f.get(`${base}/busy`), (e: unknown) => e instanceof FetchError && e.retryable);
    assert.equal(server.count("/busy"), 3);
  });

  it("times out, and refuses bodies over the size limit", async () => {
    const f = new PoliteFetcher({ perHostIntervalMs: 0, timeoutMs: 100, retries: 0, maxBytes: 1000 });
    const t0 = Date.now();
    await assert.rejects(f.get(`${base}/slow`), /timed out after 100 ms/);
    assert.ok(Date.now() - t0 < 1500);
    await assert.rejects(f.get(`${base}/big`), /larger than 1000 bytes/);
    await assert.rejects(
      f.get("http://127.0.0.1:1/nothing-listens-here"),
      (e: unknown) => e instanceof FetchError && e.retryable && /network error/.test(e.message),
    );
  });

  it("spaces requests to one host by the per-host interval", async () => {
    const f = new PoliteFetcher({ perHostIntervalMs: 120 });
    const start = server.hits.length;
    await Promise.all(["/r1", "/r2", "/r3"].map((p) => f.get(`${base}${p}`)));
    const times = server.hits.slice(start).map((h) => h.at);
    assert.equal(times.length, 3);
    for (let i = 1; i < times.length; i++)
      assert.ok((times[i] ?? 0) - (times[i - 1] ?? 0) >= 100, `gap ${i}`);
  });
});
