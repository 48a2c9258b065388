import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { DuckDBInstance } from "@duckdb/node-api";
import { runIngest } from "../../src/cli/ingest.js";
import { Store } from "../../src/store/db.js";
import { StoreError } from "../../src/store/errors.js";
import { MIGRATIONS } from "../../src/store/schema.js";
import { StoreWriter } from "../../src/store/writer.js";
import { markerCoder, story, tempDir } from "./helpers.js";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function rejectsWith(p: Promise<unknown>, kind: string, message: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof StoreError, `expected a StoreError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    assert.match(e.message, message);
    return true;
  });
}

describe("store faults", () => {
  const tmp = tempDir();
  let good: string;
  before(async () => {
    good = join(tmp.dir, "good.duckdb");
    const s = await Store.open(good);
    await new StoreWriter(s, { coder: markerCoder }).write(
      Array.from({ length: 50 }, (_, i) =>
        story(`s${i}`, `Story ${i}. {{AZEGOV>RUSGOV 112 2025-06-01 AZE}}`),
      ),
    );
    s.close();
  });
  after(() => tmp.cleanup());

  it("creates a new store with the latest schema and records its migrations", async () => {
    const path = join(tmp.dir, "new.duckdb");
    const s = await Store.open(path);
    const rows = await s.all("SELECT version FROM schema_version ORDER BY version");
    assert.deepEqual(
      rows.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    s.close();
  });

  it("migrates an older store forward in order", async () => {
    const path = join(tmp.dir, "old.duckdb");
    (await Store.open(path, { migrations: MIGRATIONS.slice(0, 1) })).close();
    const s = await Store.open(path);
    assert.equal(s.version, MIGRATIONS[MIGRATIONS.length - 1]?.version);
    assert.ok((await s.all("SELECT * FROM duckdb_tables() WHERE table_name = 'feeds'")).length === 1);
    s.close();
  });

  it("a file that is not a database: clear error, file untouched", async () => {
    const path = join(tmp.dir, "garbage.duckdb");
    writeFileSync(path, "these are not the bytes of a database\n".repeat(400));
    const before = sha(path);
    await rejectsWith(Store.open(path), "corrupt", /not a DuckDB database.*left untouched/);
    assert.equal(sha(path), before);
    assert.ok(!existsSync(`${path}.wal`));
  });

  it("a store with a damaged block: clear error, file untouched", async () => {
    const path = join(tmp.dir, "damaged.duckdb");
    copyFileSync(good, path);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(1024, 0x5a), 0, 1024, 8192);
    closeSync(fd);
    const before = sha(path);
    await rejectsWith(Store.open(path), "corrupt", /damaged.*checksum/);
    assert.equal(sha(path), before);
  });

  it("a store of a newer schema: refused, not migrated down", async () => {
    const path = join(tmp.dir, "newer.duckdb");
    copyFileSync(good, path);
    const s = await Store.open(path);
    await s.run("INSERT INTO schema_version VALUES (99, 'from the future', now())");
    s.close();
    const before = sha(path);
    await rejectsWith(Store.open(path), "newer-schema", /schema version 99, newer than this Rift knows/);
    await rejectsWith(Store.openForReading(path), "newer-schema", /newer Rift/);
    assert.equal(sha(path), before);
  });

  it("a DuckDB database that is not a Rift store is left alone", async () => {
    const path = join(tmp.dir, "other.duckdb");
    const inst = await DuckDBInstance.create(path);
    const c = await inst.connect();
    await c.run("CREATE TABLE accounts (id INTEGER, balance DOUBLE)");
    c.closeSync();
    inst.closeSync();
    await rejectsWith(Store.open(path), "not-rift", /not a Rift store.*accounts/);
    const inst2 = await DuckDBInstance.create(path);
    const c2 = await inst2.connect();
    const tables = (await c2.runAndReadAll("SELECT table_name FROM duckdb_tables()")).getRowObjectsJS();
    assert.deepEqual(tables, [{ table_name: "accounts" }]);
    c2.closeSync();
    inst2.closeSync();
  });

  it("reading a store that does not exist says so and creates nothing", async () => {
    const path = join(tmp.dir, "absent.duckdb");
    await rejectsWith(Store.openForReading(path), "missing", /no store at/);
    assert.ok(!existsSync(path));
  });

  it("a store locked by another process: clear error naming the process", async () => {
    const path = join(tmp.dir, "locked.duckdb");
    copyFileSync(good, path);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "hold-store.ts"), path],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          if (d.toString().includes("ready")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      await rejectsWith(
        Store.open(path),
        "locked",
        new RegExp(`in use by another process \\(PID ${child.pid}\\)`),
      );
      await rejectsWith(Store.openForReading(path), "locked", /in use by another process/);
      // and through the CLI: one clear line, exit code 1
      const out: string[] = [];
      const err: string[] = [];
      const code = await runIngest([join(tmp.dir, "nothing.txt"), "--db", path], {
        out: (s) => out.push(s),
        err: (s) => err.push(s),
      });
      assert.equal(code, 1);
      assert.match(err.join(""), /^rift ingest: the store .* is in use by another process/);
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  });
});
