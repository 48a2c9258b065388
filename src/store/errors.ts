/**
 * Store failures with a kind and a message a person can act on. DuckDB's own message is kept
 * in `detail`. The store never repairs, recreates or overwrites a file it cannot read.
 */
export type StoreErrorKind =
  | "missing" // no store at the path (read-only commands)
  | "locked" // another process holds the file
  | "corrupt" // not a DuckDB file, or a damaged one
  | "not-rift" // a DuckDB database without Rift's schema
  | "newer-schema" // written by a newer Rift
  | "older-schema" // needs a migration that a read-only command cannot run
  | "newer-duckdb" // written by a newer DuckDB storage format
  | "io"; // anything else from the database

export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  readonly path: string;
  readonly detail: string | null;
  constructor(kind: StoreErrorKind, path: string, message: string, detail: string | null = null) {
    super(message);
    this.name = "StoreError";
    this.kind = kind;
    this.path = path;
    this.detail = detail;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns an error from DuckDB (opening or reading `path`) into a StoreError with a clear message. */
export function classifyDuckDbError(error: unknown, path: string): StoreError {
  if (error instanceof StoreError) return error;
  const detail = messageOf(error);
  if (/Could not set lock on file/i.test(detail)) {
    const pid = /PID (\d+)/.exec(detail)?.[1];
    return new StoreError(
      "locked",
      path,
      `the store ${path} is in use by another process${pid ? ` (PID ${pid})` : ""}; wait for it to finish or stop it, then try again`,
      detail,
    );
  }
  if (/not a valid DuckDB database file/i.test(detail)) {
    return new StoreError(
      "corrupt",
      path,
      `${path} is not a DuckDB database (or its header is damaged); it was left untouched — give another --db path or restore the file`,
      detail,
    );
  }
  if (/newer version of DuckDB|storage version|version number|created by a newer/i.test(detail)) {
    return new StoreError(
      "newer-duckdb",
      path,
      `${path} was written by a newer DuckDB storage format than this Rift can read; upgrade Rift`,
      detail,
    );
  }
  if (
    /corrupt|checksum|Serialization Error|INTERNAL Error|Failed to read|invalid block|torn write|unexpected end/i.test(
      detail,
    )
  ) {
    return new StoreError(
      "corrupt",
      path,
      `the store ${path} is damaged (${firstLine(detail)}); it was left untouched — restore it from a copy or re-ingest into a new --db`,
      detail,
    );
  }
  return new StoreError("io", path, `the store ${path} could not be used: ${firstLine(detail)}`, detail);
}

function firstLine(s: string): string {
  const line = s.split("\n")[0] ?? s;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
