import { PoliteFetcher } from "../feeds/fetch.js";
import { Watcher } from "../feeds/watch.js";
import { DEFAULT_DB, Store } from "../store/db.js";
import { StoreWriter } from "../store/writer.js";
import { parseCommand } from "./args.js";
import { type CliDeps, defaultCoder } from "./ingest.js";
import { formatProblem, type Io } from "./io.js";

export const WATCH_HELP = `rift watch --feed URL [--feed URL…] [--every 15m] [--once] [--db FILE]
  Polls RSS/Atom feeds, fetches the pages of new items, codes and stores them (see rift ingest).
  --feed      a feed URL (repeat for several)
  --every     time between polls: 90s, 15m, 1h (default 15m)
  --once      poll once and exit
  --rate      least time between two requests to one host (default 1s)
  --timeout   per request (default 20s)
  --retries   immediate retries of a failed request, with backoff (default 2)
  A feed or page that fails is logged and tried again later (pages with a growing delay, six
  tries at most); the loop goes on. Stop it with Ctrl-C.
`;

/** "15m" → 900000; units ms, s, m, h; a bare number is seconds. */
export function parseDuration(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  return Math.round(n * (unit === "ms" ? 1 : unit === "s" ? 1000 : unit === "m" ? 60_000 : 3_600_000));
}

export interface WatchDeps extends CliDeps {
  signal?: AbortSignal;
  /** Backoff base for failed pages and fetch retries, for tests. */
  retryBaseMs?: number;
  backoffMs?: number;
}

export async function runWatch(argv: string[], io: Io, deps: WatchDeps = {}): Promise<number> {
  const parsed = parseCommand(
    "watch",
    argv,
    {
      db: { type: "string", default: DEFAULT_DB },
      feed: { type: "string", multiple: true },
      every: { type: "string", default: "15m" },
      once: { type: "boolean" },
      rate: { type: "string", default: "1s" },
      timeout: { type: "string", default: "20s" },
      retries: { type: "string", default: "2" },
    },
    WATCH_HELP,
    io,
    false,
  );
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const feeds = (values.feed as string[] | undefined) ?? [];
  if (feeds.length === 0) {
    io.err(`rift watch: name at least one --feed URL\n${WATCH_HELP}`);
    return 2;
  }
  for (const f of feeds) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(f).protocol);
    } catch {
      ok = false;
    }
    if (!ok) {
      io.err(`rift watch: --feed must be an http(s) URL, got "${f}"\n`);
      return 2;
    }
  }
  const every = parseDuration(values.every as string);
  const rate = parseDuration(values.rate as string);
  const timeout = parseDuration(values.timeout as string);
  const retries = Number(values.retries);
  if (every === null || every < 1000 || rate === null || timeout === null || timeout <= 0) {
    io.err("rift watch: --every (at least 1s), --rate and --timeout take durations like 30s, 15m, 1h\n");
    return 2;
  }
  if (!Number.isInteger(retries) || retries < 0) {
    io.err(`rift watch: --retries must be a whole number, got "${values.retries}"\n`);
    return 2;
  }
  let store: Store;
  try {
    store = await Store.open(values.db as string);
  } catch (e) {
    io.err(`rift watch: ${(e as Error).message}\n`);
    return 1;
  }
  const clock = deps.now ?? (() => new Date());
  const log = (line: string) => io.err(`rift watch: ${clock().toISOString()} ${line}\n`);
  const ac = new AbortController();
  const onSignal = () => {
    log("stopping after this step");
    ac.abort();
  };
  deps.signal?.addEventListener("abort", () => ac.abort(), { once: true });
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const writer = new StoreWriter(store, {
      coder: deps.coder ?? (await defaultCoder()),
      now: deps.now,
      onProblem: (p) => io.err(formatProblem(p)),
    });
    const fetcher = new PoliteFetcher({
      perHostIntervalMs: rate,
      timeoutMs: timeout,
      retries,
      backoffMs: deps.backoffMs,
    });
    const watcher = new Watcher({
      feeds,
      store,
      writer,
      fetcher,
      now: deps.now,
      log,
      retryBaseMs: deps.retryBaseMs,
    });
    await watcher.run(every, { once: values.once === true, signal: ac.signal });
    return 0;
  } catch (e) {
    io.err(`rift watch: ${(e as Error).message}\n`);
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    store.close();
  }
}
