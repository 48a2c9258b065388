/**
 * The real command line, real coder: `rift ingest` is SIGKILLed in the middle of a folder of a
 * few hundred made-up stories, run again, and must end exactly where an uninterrupted run ends.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { runIngest } from "../../src/cli/ingest.js";
import { Store } from "../../src/store/db.js";
import { tempDir } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../bin/rift.js", import.meta.url));

const PAIRS = [
  ["Azerbaijan", "Russia", "Azerbaijani", "Russian"],
  ["France", "Germany", "French", "German"],
  ["Japan", "China", "Japanese", "Chinese"],
  ["Turkey", "Iran", "Turkish", "Iranian"],
  ["Kenya", "Egypt", "Kenyan", "Egyptian"],
] as const;
const TEMPLATES = [
  "{C1}'s Foreign Ministry summoned {C2}'s ambassador on {D}.",
  "{A1} police arrested dozens of protesters in the capital on {D}.",
  "{C1} and {C2} agreed on {D} to resume trade negotiations next month.",
  "The president of {C2} accused {C1} of interfering in its internal affairs on {D}.",
  "{A2} troops fired artillery shells at {A1} border posts late on {D}.",
  "Residents described long queues at fuel stations and rising prices for bread.",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** n stories; each happening is told by three outlets (stories 3k, 3k+1, 3k+2 share sentences). */
function writeStories(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const g = Math.floor(i / 3);
    const [c1, c2, a1, a2] = PAIRS[g % PAIRS.length] as readonly string[];
    const sentences = [0, 1, 2].map((k) =>
      (TEMPLATES[(g + k * 2) % TEMPLATES.length] as string)
        .replaceAll("{C1}", c1 as string)
        .replaceAll("{C2}", c2 as string)
        .replaceAll("{A1}", a1 as string)
        .replaceAll("{A2}", a2 as string)
        .replaceAll("{D}", DAYS[(g + k) % DAYS.length] as string),
    );
    const published = `2025-${String(1 + (g % 6)).padStart(2, "0")}-${String(10 + (g % 15)).padStart(2, "0")}`;
    writeFileSync(
      join(dir, `story-${String(i).padStart(4, "0")}.txt`),
      `Made-up report ${i}\n${published}\nhttps://outlet${i % 3}.example/world/${i}\n\n${sentences.join(" ")}\n`,
    );
  }
}

async function snapshot(db: string) {
  const s = await Store.openForReading(db);
  try {
    const stories = await s.all("SELECT count(*) AS n, count(DISTINCT id) AS d FROM stories");
    const events = await s.all(
      `SELECT dedup_key, date, code, num_mentions, num_stories, num_sources FROM events
       ORDER BY dedup_key, date, code`,
    );
    const mentions = await s.all("SELECT count(*) AS n, count(DISTINCT (story_id, ord)) AS d FROM mentions");
    return {
      stories: Number(stories[0]?.n),
      distinctStories: Number(stories[0]?.d),
      mentions: Number(mentions[0]?.n),
      distinctMentions: Number(mentions[0]?.d),
      events,
    };
  } finally {
    s.close();
  }
}

describe("rift ingest, killed and run again (real CLI, real coder)", () => {
  const tmp = tempDir("rift-crash-");
  after(() => tmp.cleanup());

  it("ends with every story once and every event once", async () => {
    const n = 300;
    const dir = join(tmp.dir, "stories");
    writeStories(dir, n);

    // reference: one uninterrupted run
    const ref = join(tmp.dir, "ref.duckdb");
    const quiet = { out: () => undefined, err: () => undefined };
    assert.equal(await runIngest([dir, "--db", ref, "--quiet"], quiet), 0);
    const expected = await snapshot(ref);
    assert.equal(expected.stories, n);
    assert.ok(expected.events.length > 50, `${expected.events.length} events`);
    assert.ok(
      expected.events.some((e) => Number(e.num_sources) === 3),
      "some events merged across outlets",
    );

    const db = join(tmp.dir, "crash.duckdb");
    const args = [BIN, "ingest", dir, "--db", db, "--batch", "10"];
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let armed = false;
    await new Promise<void>((resolve, reject) => {
      proc.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        // the first progress line comes right after the first committed batch
        if (!armed && stderr.includes("progress:")) {
          armed = true;
          setTimeout(() => proc.kill("SIGKILL"), 400);
        }
      });
      proc.on("exit", (_code, signal) =>
        signal === "SIGKILL" ? resolve() : reject(new Error(`ingest ended before the kill:\n${stderr}`)),
      );
    });
    const mid = await snapshot(db);
    assert.ok(mid.stories > 0 && mid.stories < n, `killed mid-way: ${mid.stories} of ${n} stored`);

    const rerun = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    rerun.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((r) => rerun.on("exit", (c) => r(c)));
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`${n - mid.stories} new, 0 updated, ${mid.stories} unchanged, 0 failed`));
    const end = await snapshot(db);
    assert.equal(end.stories, n);
    assert.equal(end.distinctStories, n);
    assert.equal(end.mentions, expected.mentions);
    assert.equal(end.distinctMentions, end.mentions);
    assert.deepEqual(end.events, expected.events);
  });
});
