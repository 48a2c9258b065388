/**
 * A polite HTTP client for feeds and story pages:
 *  - conditional GET (If-None-Match / If-Modified-Since) when validators are given; 304 → notModified;
 *  - at most one request per host every `perHostIntervalMs` (requests to a host are queued);
 *  - a timeout per attempt, and a size limit on bodies;
 *  - retries with exponential backoff (backoffMs, 2×, 4×…) on network errors, timeouts, 408,
 *    429 and 5xx, honouring a Retry-After of up to `maxRetryAfterMs`; other 4xx fail at once.
 * The clock and sleep are injectable for tests.
 */

export interface FetchOptions {
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  perHostIntervalMs?: number;
  maxRetryAfterMs?: number;
  maxBytes?: number;
  userAgent?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | {
      notModified: false;
      status: number;
      url: string;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { notModified: true; status: 304; url: string; etag: string | null; lastModified: string | null };

export class FetchError extends Error {
  readonly retryable: boolean;
  readonly status: number | null;
  constructor(message: string, retryable: boolean, status: number | null = null) {
    super(message);
    this.name = "FetchError";
    this.retryable = retryable;
    this.status = status;
  }
}

export const USER_AGENT = "rift/0.1 (news event coder; polite polling)";

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class PoliteFetcher {
  private readonly o: Required<FetchOptions>;
  /** Per host: the time the next request may start, and the tail of its queue. */
  private readonly hosts = new Map<string, { next: number; tail: Promise<void> }>();
  requests = 0;

  constructor(opts: FetchOptions = {}) {
    this.o = {
      timeoutMs: opts.timeoutMs ?? 20_000,
      retries: opts.retries ?? 2,
      backoffMs: opts.backoffMs ?? 1_000,
      perHostIntervalMs: opts.perHostIntervalMs ?? 1_000,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 30_000,
      maxBytes: opts.maxBytes ?? 10 * 1024 * 1024,
      userAgent: opts.userAgent ?? USER_AGENT,
      fetch: opts.fetch ?? globalThis.fetch,
      sleep: opts.sleep ?? defaultSleep,
      now: opts.now ?? Date.now,
    };
  }

  /** Waits for the host's turn, then reserves the next slot. */
  private async turn(url: string): Promise<void> {
    const host = new URL(url).host;
    const slot = this.hosts.get(host) ?? { next: 0, tail: Promise.resolve() };
    this.hosts.set(host, slot);
    const mine = slot.tail.then(async () => {
      const wait = slot.next - this.o.now();
      if (wait > 0) await this.o.sleep(wait);
      slot.next = this.o.now() + this.o.perHostIntervalMs;
    });
    slot.tail = mine.catch(() => undefined);
    await mine;
  }

  async get(url: string, validators: Validators = {}): Promise<FetchResult> {
    let attempt = 0;
    for (;;) {
      try {
        return await this.once(url, validators);
      } catch (e) {
        const err =
          e instanceof FetchError ? e : new FetchError(`network error: ${(e as Error).message}`, true);
        if (!err.retryable || attempt >= this.o.retries) throw err;
        const retryAfter = (err as FetchError & { retryAfterMs?: number }).retryAfterMs;
        const delay = Math.max(
          this.o.backoffMs * 2 ** attempt,
          Math.min(retryAfter ?? 0, this.o.maxRetryAfterMs),
        );
        attempt++;
        await this.o.sleep(delay);
      }
    }
  }

  private async once(url: string, validators: Validators): Promise<FetchResult> {
    await this.turn(url);
    this.requests++;
    const headers: Record<string, string> = {
      "user-agent": this.o.userAgent,
      accept:
        "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5",
    };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), this.o.timeoutMs);
    try {
      let res: Response;
      try {
        res = await this.o.fetch(url, { headers, signal: ac.signal, redirect: "follow" });
      } catch (e) {
        if (ac.signal.aborted) throw new FetchError(`timed out after ${this.o.timeoutMs} ms`, true);
        const cause = (e as Error & { cause?: Error }).cause;
        throw new FetchError(`network error: ${cause?.message ?? (e as Error).message}`, true);
      }
      const etag = res.headers.get("etag");
      const lastModified = res.headers.get("last-modified");
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { notModified: true, status: 304, url: res.url || url, etag, lastModified };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
        const err = new FetchError(
          `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`,
          retryable,
          res.status,
        );
        const ra = res.headers.get("retry-after");
        if (ra) {
          const secs = Number(ra);
          const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(ra) - this.o.now();
          if (Number.isFinite(ms) && ms > 0) Object.assign(err, { retryAfterMs: ms });
        }
        throw err;
      }
      const body = await this.readBody(res, ac);
      return {
        notModified: false,
        status: res.status,
        url: res.url || url,
        body,
        contentType: res.headers.get("content-type"),
        etag,
        lastModified,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private async readBody(res: Response, ac: AbortController): Promise<Uint8Array> {
    const reader = res.body?.getReader();
    if (!reader) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > this.o.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new FetchError(`response larger than ${this.o.maxBytes} bytes`, false);
        }
        chunks.push(value);
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      if (ac.signal.aborted) throw new FetchError(`timed out after ${this.o.timeoutMs} ms`, true);
      throw new FetchError(`network error while reading: ${(e as Error).message}`, true);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
