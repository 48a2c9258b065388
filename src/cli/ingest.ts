import { readInputs } from "../ingest/index.js";
import type { Problem } from "../model/types.js";
import { DEFAULT_DB, Store } from "../store/db.js";
import { StoreError } from "../store/errors.js";
import { estimateStories } from "../store/estimate.js";
import { type ProgressState, progressBar, progressLine } from "../store/progress.js";
import { type Coder, type IngestStats, StoreWriter, storiesSeen } from "../store/writer.js";
import { parseCommand } from "./args.js";
import { formatProblem, type Io, processIo } from "./io.js";

export const INGEST_HELP = `rift ingest <paths…|-> [--db FILE] [--batch N] [--window DAYS] [--date YYYY-MM-DD] [--quiet]
  Codes stories (files, folders, JSON Lines, "-" for stdin) and stores their events, deduplicated.
  --db       the store (default ${DEFAULT_DB}; created when missing)
  --batch    stories per transaction (default 500)
  --window   days within which the same happening from several stories is one event (default 0)
  --date     publication date for stories that carry none
  --quiet    no progress display
  Idempotent: stories already stored unchanged are skipped; a story whose content changed under
  the same URL has its events replaced. Safe to interrupt and run again.
`;

/** What the command uses from outside, replaceable in tests. */
export interface CliDeps {
  coder?: Coder;
  now?: () => Date;
  stdin?: NodeJS.ReadableStream;
  /** Whether standard error is a terminal (progress bar vs plain lines). */
  isTTY?: boolean;
  /** Plain progress lines at most this often, in ms (default 2000; the first batch always prints). */
  progressEveryMs?: number;
}

export async function defaultCoder(): Promise<Coder> {
  const { codeDoc, defaultKnowledge } = await import("../index.js");
  const kb = defaultKnowledge();
  return (story) => {
    const r = codeDoc(story, kb);
    return { events: r.events, problems: r.problems };
  };
}

function intOption(value: string | undefined, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

export class UsageError extends Error {}

export async function runIngest(argv: string[], io: Io, deps: CliDeps = {}): Promise<number> {
  const parsed = parseCommand(
    "ingest",
    argv,
    {
      db: { type: "string", default: DEFAULT_DB },
      batch: { type: "string" },
      window: { type: "string" },
      date: { type: "string" },
      quiet: { type: "boolean" },
    },
    INGEST_HELP,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let batchSize: number;
  let windowDays: number;
  try {
    batchSize = intOption(values.batch as string | undefined, "batch", 1, 500);
    windowDays = intOption(values.window as string | undefined, "window", 0, 0);
  } catch (e) {
    io.err(`rift ingest: ${(e as Error).message}\n`);
    return 2;
  }
  const date = values.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.err(`rift ingest: --date must be YYYY-MM-DD, got "${date}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.err(`rift ingest: name at least one file or folder, or "-" for standard input\n${INGEST_HELP}`);
    return 2;
  }
  const dbPath = values.db as string;
  const isTTY = deps.isTTY ?? (io === processIo && process.stderr.isTTY === true);
  const quiet = values.quiet === true;

  let store: Store;
  try {
    store = await Store.open(dbPath);
  } catch (e) {
    io.err(`rift ingest: ${(e as Error).message}\n`);
    return 1;
  }
  let failedInputs = 0;
  const clearLine = () => {
    if (isTTY && !quiet) io.err("\r\x1b[K");
  };
  const report = (p: Problem) => {
    if (p.severity === "error") failedInputs++;
    clearLine();
    io.err(formatProblem(p));
  };
  try {
    const coder = deps.coder ?? (await defaultCoder());
    const started = Date.now();
    const total = quiet ? null : await estimateStories(positionals);
    let lastPrint = 0;
    let printedOnce = false;
    let eventsSoFar = 0;
    const state = (stats: IngestStats, done = storiesSeen(stats)): ProgressState => ({
      done,
      total,
      events: eventsSoFar,
      elapsedMs: Date.now() - started,
    });
    const writer = new StoreWriter(store, {
      coder,
      batchSize,
      windowDays,
      now: deps.now,
      onProblem: report,
      onStory: (handled) => {
        const t = Date.now();
        if (isTTY && !quiet && t - lastPrint >= 100) {
          io.err(`\r\x1b[K${progressBar(state(writer.stats, handled))}`);
          lastPrint = t;
        }
      },
      onBatch: (stats) => {
        eventsSoFar = stats.eventsNew - stats.eventsRemoved;
        if (quiet) return;
        const t = Date.now();
        if (isTTY) {
          if (t - lastPrint >= 100) {
            io.err(`\r\x1b[K${progressBar(state(stats))}`);
            lastPrint = t;
          }
        } else if (!printedOnce || t - lastPrint >= (deps.progressEveryMs ?? 2000)) {
          io.err(`rift ingest: ${progressLine(state(stats))}\n`);
          lastPrint = t;
          printedOnce = true;
        }
      },
    });
    for await (const item of readInputs(positionals, { date, stdin: deps.stdin })) {
      if (item.kind === "problem") {
        report(item.problem);
        continue;
      }
      for (const p of item.problems) report(p);
      await writer.add(item.story);
    }
    await writer.flush();
    if (isTTY && !quiet) io.err(`\r\x1b[K${progressBar(state(writer.stats))}\n`);
    const totals = await store.all(
      "SELECT (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM events) AS events",
    );
    const s = writer.stats;
    const elapsed = (Date.now() - started) / 1000;
    io.out(
      `rift ingest: ${dbPath}\n` +
        `  stories  ${s.storiesNew} new, ${s.storiesUpdated} updated, ${s.storiesUnchanged} unchanged, ${s.storiesFailed + failedInputs} failed\n` +
        `  events   ${s.eventsNew} new, ${s.eventsMerged} merged${s.eventsRemoved ? `, ${s.eventsRemoved} removed` : ""} (${s.mentions} mentions)\n` +
        `  store    ${Number(totals[0]?.stories ?? 0)} stories, ${Number(totals[0]?.events ?? 0)} events; ${elapsed.toFixed(1)} s, ${(storiesSeen(s) / Math.max(elapsed, 1e-3)).toFixed(1)} stories/s\n`,
    );
    return s.storiesFailed + failedInputs > 0 ? 1 : 0;
  } catch (e) {
    clearLine();
    const message =
      e instanceof StoreError
        ? e.message
        : `the store ${dbPath} could not be written: ${(e as Error).message}`;
    io.err(`rift ingest: ${message}\n`);
    return 1;
  } finally {
    store.close();
  }
}
