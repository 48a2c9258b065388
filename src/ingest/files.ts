import { createReadStream } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Problem } from "../model/types.js";
import { problem } from "./problems.js";

/** Input formats known by file extension; null = sniff the content. */
export type FileFormat = "text" | "html" | "jsonl" | "json";

const EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
};

export function formatOfPath(path: string): FileFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export type FileEntry =
  | { kind: "file"; path: string; format: FileFormat | null }
  | { kind: "problem"; problem: Problem };

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** A file-system error as a Problem: "not-found" for a missing path, else "unreadable". */
export function fsProblem(error: unknown, path: string): Problem {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return problem("error", "not-found", "no such file or folder", { file: path });
  const reason = error instanceof Error ? error.message : String(error);
  return problem("error", "unreadable", `cannot read (${code || reason})`, { file: path });
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands one command-line path: a file is given back as is (an unknown extension means
 * "sniff the content"); a folder is walked recursively in sorted order, keeping only files with
 * a known extension and skipping hidden entries and symlink loops.
 */
export async function* expandPath(path: string): AsyncGenerator<FileEntry> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: "problem", problem: fsProblem(error, path) };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: "file", path, format: formatOfPath(path) };
    return;
  }
  yield* walk(path, new Set<string>());
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<FileEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort(byName);
  } catch (error) {
    yield { kind: "problem", problem: fsProblem(error, dir) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: "problem", problem: fsProblem(error, path) };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, seen);
    else if (info.isFile()) {
      const format = formatOfPath(path);
      if (format !== null) yield { kind: "file", path, format };
    }
  }
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; problem: Problem };

function tooLarge(path: string, size: number, maxBytes: number): Problem {
  return problem(
    "error",
    "too-large",
    `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit`,
    {
      file: path,
    },
  );
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * Reads a whole file of at most `maxBytes`. The size is checked (fstat) before reading, and
 * reading stops after maxBytes + 1 bytes, so a huge file is refused without being loaded.
 */
export async function readLimited(path: string, maxBytes: number): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, problem: tooLarge(path, size, maxBytes) };
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, problem: tooLarge(path, length, maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: fsProblem(error, path) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Opens a file as a stream of byte chunks (for JSON Lines, read line by line). */
export function fileChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: 256 * 1024 });
}
