import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { runIngest } from "../../src/cli/ingest.js";
import type { Io } from "../../src/cli/io.js";
import { Store } from "../../src/store/db.js";
import { markerCoder, tempDir } from "./helpers.js";

function capture(): Io & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    outText: () => out.join(""),
    errText: () => err.join(""),
  };
}

const COUNTRIES = ["AZE", "RUS", "ARM", "GEO", "TUR", "IRN"];
const CODES = ["036", "042", "057", "112", "130", "190"];

/** Writes n stories in the text layout; every event is told by about three outlets. */
function writeCorpus(dir: string, n: number): { events: Set<string> } {
  mkdirSync(dir, { recursive: true });
  const events = new Set<string>();
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    for (let k = 0; k < 3; k++) {
      const h = Math.floor(i / 3) * 7 + k; // stories 3j, 3j+1, 3j+2 tell the same three happenings
      const src = COUNTRIES[h % COUNTRIES.length];
      const tgt = COUNTRIES[(h + 1 + (h % 4)) % COUNTRIES.length];
      const code = CODES[h % CODES.length];
      const date = `2025-${String(1 + (h % 12)).padStart(2, "0")}-${String(1 + (h % 28)).padStart(2, "0")}`;
      events.add(`${src}GOV|${tgt}GOV|${code.slice(0, 2)}|${src}|${date}`);
      parts.push(`Officials met again. {{${src}GOV>${tgt}GOV ${code} ${date} ${src}}}`);
    }
    const outlet = `outlet${i % 5}.example`;
    const body = `${parts.join(" ")} The talks went on into the evening, aides said.`;
    writeFileSync(
      join(dir, `story-${String(i).padStart(4, "0")}.txt`),
      `Made-up story ${i}\n2025-07-01\nhttps://${outlet}/news/${i}\n\n${body}\n`,
    );
  }
  return { events };
}

async function counts(db: string) {
  const s = await Store.openForReading(db);
  try {
    const [row] = await s.all(
      `SELECT (SELECT count(*) FROM stories) AS stories, (SELECT count(DISTINCT id) FROM stories) AS distinct_stories,
              (SELECT count(*) FROM events) AS events,
              (SELECT count(*) FROM (SELECT DISTINCT dedup_key, date FROM events)) AS distinct_events,
              (SELECT count(*) FROM mentions) AS mentions,
              (SELECT sum(num_mentions) FROM events) AS summed,
              (SELECT count(*) FROM (SELECT story_id, ord FROM mentions GROUP BY ALL HAVING count(*) > 1)) AS dup_mentions`,
    );
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
  } finally {
    s.close();
  }
}

describe("rift ingest", () => {
  const tmp = tempDir("rift-ingest-");
  after(() => tmp.cleanup());

  it("stores a folder, reports a summary, and changes nothing the second time", async () => {
    const dir = join(tmp.dir, "small");
    writeCorpus(dir, 9);
    writeFileSync(join(dir, "empty.txt"), "");
    const db = join(tmp.dir, "small.duckdb");
    const io = capture();
    const code = await runIngest([dir, "--db", db, "--quiet"], io, { coder: markerCoder });
    assert.equal(code, 1, "the empty file is a failure"); // but the rest is stored
    assert.match(io.errText(), /empty\.txt/);
    assert.match(io.outText(), /stories\s+9 new, 0 updated, 0 unchanged, 1 failed/);
    assert.match(io.outText(), /events\s+9 new, 18 merged/);
    const first = await counts(db);
    assert.equal(first.stories, 9);
    assert.equal(first.events, 9);

    const io2 = capture();
    await runIngest([dir, "--db", db, "--quiet"], io2, { coder: markerCoder });
    assert.match(io2.outText(), /stories\s+0 new, 0 updated, 9 unchanged/);
    assert.match(io2.outText(), /events\s+0 new, 0 merged/);
    assert.deepEqual(await counts(db), first);

    // a story corrected under the same URL replaces its mentions
    writeFileSync(
      join(dir, "story-0000.txt"),
      "Made-up story 0\n2025-07-01\nhttps://outlet0.example/news/0\n\nCorrected: nothing happened.\n",
    );
    const io3 = capture();
    await runIngest([dir, "--db", db, "--quiet"], io3, { coder: markerCoder });
    assert.match(io3.outText(), /stories\s+0 new, 1 updated, 8 unchanged/);
    const third = await counts(db);
    assert.equal(third.stories, 9);
    assert.equal(third.mentions, first.mentions - 3);
  });

  it("shows a progress bar on a terminal and plain lines otherwise", async () => {
    const dir = join(tmp.dir, "progress");
    writeCorpus(dir, 6);
    const tty = capture();
    await runIngest([dir, "--db", join(tmp.dir, "p1.duckdb"), "--batch", "2"], tty, {
      coder: markerCoder,
      isTTY: true,
    });
    assert.ok(tty.errText().includes("\r\u001b[K["), "redraws one line");
    assert.match(tty.errText(), /\[#+-*\]\s+\d+% \d+\/6 stories .*\/s/);
    const plain = capture();
    await runIngest([dir, "--db", join(tmp.dir, "p2.duckdb"), "--batch", "2"], plain, {
      coder: markerCoder,
      isTTY: false,
    });
    assert.match(plain.errText(), /^rift ingest: progress: 2\/6 stories .*ETA/m);
    assert.doesNotMatch(plain.errText(), /\r/);
  });

  it("rejects bad options with a usage message", async () => {
    const io = capture();
    assert.equal(await runIngest(["x", "--batch", "0"], io, { coder: markerCoder }), 2);
    assert.match(io.errText(), /--batch must be a whole number/);
    const io2 = capture();
    assert.equal(await runIngest([], io2, { coder: markerCoder }), 2);
  });

  it("survives kill -9 in the middle: running again ends with every story and every event once", async () => {
    const n = 360;
    const dir = join(tmp.dir, "crash");
    const { events } = writeCorpus(dir, n);
    const db = join(tmp.dir, "crash.duckdb");
    const child = join(import.meta.dirname, "ingest-child.ts");
    const args = ["--import", "tsx", child, dir, "--db", db, "--batch", "10"];

    // first run: killed after a few committed batches
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let lines = 0;
    await new Promise<void>((resolve, reject) => {
      proc.stderr.on("data", (d: Buffer) => {
        lines += (d.toString().match(/progress:/g) ?? []).length;
        if (lines >= 5 && proc.exitCode === null && !proc.killed) proc.kill("SIGKILL");
      });
      proc.on("exit", (code, signal) =>
        signal === "SIGKILL" ? resolve() : reject(new Error(`ingest ended before the kill (${code})`)),
      );
    });
    const mid = await counts(db);
    assert.ok(mid.stories > 0 && mid.stories < n, `killed mid-way: ${mid.stories} of ${n} stored`);

    // second run: finishes the job
    const rerun = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    rerun.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((r) => rerun.on("exit", (c) => r(c)));
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`${n - mid.stories} new, 0 updated, ${mid.stories} unchanged, 0 failed`));
    const end = await counts(db);
    assert.equal(end.stories, n);
    assert.equal(end.distinct_stories, n);
    assert.equal(end.events, events.size);
    assert.equal(end.distinct_events, events.size);
    assert.equal(end.mentions, n * 3);
    assert.equal(end.summed, n * 3);
    assert.equal(end.dup_mentions, 0);
  });
});
