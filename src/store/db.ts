/**
 * Opening a store: one DuckDB file, schema checked and migrated on open.
 *
 *   const store = await Store.open("rift.duckdb");            // creates or migrates
 *   const ro = await Store.open("rift.duckdb", { readOnly: true }); // never writes
 *
 * Every failure to open (missing, locked, not DuckDB, damaged, not Rift's, newer schema) is a
 * StoreError with a clear message; the file is never modified in those cases.
 */
import { existsSync } from "node:fs";
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import { classifyDuckDbError, StoreError } from "./errors.js";
import { MIGRATIONS, type Migration, SCHEMA_VERSION_TABLE } from "./schema.js";

export const DEFAULT_DB = "rift.duckdb";

export interface OpenOptions {
  /** Open without writing (no migrations, no lock for writing). Default false. */
  readOnly?: boolean;
  /** The migrations to apply (tests pass their own); default the store's own list. */
  migrations?: readonly Migration[];
}

export type Row = Record<string, unknown>;

const CORRUPTION = /corrupt|checksum|Serialization Error|INTERNAL Error|invalid block|Failed to read/i;

export class Store {
  readonly path: string;
  readonly readOnly: boolean;
  readonly instance: DuckDBInstance;
  readonly conn: DuckDBConnection;
  /** The schema version the store is at after opening. */
  version = 0;
  private closed = false;

  private constructor(path: string, readOnly: boolean, instance: DuckDBInstance, conn: DuckDBConnection) {
    this.path = path;
    this.readOnly = readOnly;
    this.instance = instance;
    this.conn = conn;
  }

  static async open(path: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
    const readOnly = opts.readOnly === true;
    const memory = path === ":memory:";
    if (readOnly && !memory && !existsSync(path)) {
      throw new StoreError(
        "missing",
        path,
        `no store at ${path} (create one with: rift ingest --db ${path} …)`,
      );
    }
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, readOnly && !memory ? { access_mode: "READ_ONLY" } : {});
    } catch (error) {
      throw classifyDuckDbError(error, path);
    }
    let store: Store | null = null;
    try {
      const conn = await instance.connect();
      store = new Store(path, readOnly, instance, conn);
      await store.checkSchema(opts.migrations ?? MIGRATIONS);
      return store;
    } catch (error) {
      if (store) store.close();
      else instance.closeSync();
      throw classifyDuckDbError(error, path);
    }
  }

  /**
   * Opens for reading (read-only, so several readers can share the file); a store at an older
   * schema is first upgraded by a short read-write open.
   */
  static async openForReading(path: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
    try {
      return await Store.open(path, { ...opts, readOnly: true });
    } catch (error) {
      if (!(error instanceof StoreError) || error.kind !== "older-schema") throw error;
      (await Store.open(path, { ...opts, readOnly: false })).close();
      return await Store.open(path, { ...opts, readOnly: true });
    }
  }

  /** Runs a statement; corruption found while reading becomes a StoreError. */
  async run(sql: string, params?: DuckDBValue[]): Promise<void> {
    try {
      await this.conn.run(sql, params);
    } catch (error) {
      throw this.wrap(error);
    }
  }

  /** Runs a query and returns its rows as plain JS values (BIGINT as bigint, DATE as Date…). */
  async all(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
    try {
      const reader = await this.conn.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as Row[];
    } catch (error) {
      throw this.wrap(error);
    }
  }

  /** Runs `fn` in a transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run("BEGIN TRANSACTION");
    let result: T;
    try {
      result = await fn();
    } catch (error) {
      await this.conn.run("ROLLBACK").catch(() => undefined);
      throw error;
    }
    await this.run("COMMIT");
    return result;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.conn.closeSync();
    } finally {
      this.instance.closeSync();
    }
  }

  private wrap(error: unknown): unknown {
    const message = error instanceof Error ? error.message : String(error);
    return CORRUPTION.test(message) ? classifyDuckDbError(error, this.path) : error;
  }

  private async checkSchema(migrations: readonly Migration[]): Promise<void> {
    const latest = migrations[migrations.length - 1]?.version ?? 0;
    const tables = (
      await this.all("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()")
    ).map((r) => String(r.table_name));
    if (!tables.includes("schema_version")) {
      if (tables.length > 0) {
        throw new StoreError(
          "not-rift",
          this.path,
          `${this.path} is a DuckDB database but not a Rift store (it has tables ${tables.slice(0, 5).join(", ")} and no schema_version); it was left untouched — give another --db path`,
        );
      }
      if (this.readOnly) {
        throw new StoreError("not-rift", this.path, `${this.path} is an empty database, not a Rift store`);
      }
      await this.transaction(async () => {
        await this.run(SCHEMA_VERSION_TABLE);
      });
    }
    const rows = await this.all("SELECT coalesce(max(version), 0) AS v FROM schema_version");
    const current = Number(rows[0]?.v ?? 0);
    if (current > latest) {
      throw new StoreError(
        "newer-schema",
        this.path,
        `the store ${this.path} has schema version ${current}, newer than this Rift knows (${latest}); it was written by a newer Rift — upgrade Rift to use it (the file was left untouched)`,
      );
    }
    if (current < latest && this.readOnly) {
      throw new StoreError(
        "older-schema",
        this.path,
        `the store ${this.path} has schema version ${current} and needs upgrading to ${latest}, which a read-only open cannot do`,
      );
    }
    for (const m of migrations) {
      if (m.version <= current) continue;
      await this.transaction(async () => {
        for (const sql of m.statements) await this.run(sql);
        await this.run("INSERT INTO schema_version VALUES (?, ?, now())", [m.version, m.description]);
      });
    }
    this.version = Math.max(current, latest);
  }
}
