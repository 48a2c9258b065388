import type { Origin } from "../model/types.js";
import { binaryReason, decodeBytes, firstInvalidUtf8 } from "./decode.js";
import { type FileFormat, fileChunks, formatSize, fsProblem, readLimited } from "./files.js";
import { parseHtmlStory } from "./html.js";
import type { ParseOptions, ReadItem } from "./item.js";
import { parseJsonlLine, parseJsonRecord } from "./jsonl.js";
import { byteLines } from "./lines.js";
import { fileStem, normalizeNewlines } from "./normalize.js";
import { problem } from "./problems.js";
import { sniffFormat } from "./sniff.js";
import { parseTextStory } from "./text.js";

/** Reading one input (a file or stdin) into ReadItems; every failure becomes a Problem. */

export interface ReaderContext {
  maxBytes: number;
  parse: ParseOptions;
}

export const STDIN_NAME = "<stdin>";

const fail = (code: string, reason: string, file: string, line: number | null = null): ReadItem => ({
  kind: "problem",
  problem: problem("error", code, reason, { file, line }),
});

/**
 * JSON Lines from a byte stream, line by line: each line is decoded and parsed on its own, so a
 * broken line (bad JSON, invalid UTF-8, over the size limit) costs only that line. The size limit
 * applies per line, so a large corpus can be streamed.
 */
export async function* jsonlItems(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  format: Origin["format"],
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let records = 0;
  try {
    for await (const entry of byteLines(chunks, ctx.maxBytes)) {
      if (entry.tooLong) {
        records++;
        yield fail(
          "too-large",
          `line is ${formatSize(entry.size)}, over the ${formatSize(ctx.maxBytes)} limit`,
          file,
          entry.line,
        );
        continue;
      }
      if (records === 0 && entry.bytes.length > 0) {
        const binary = binaryReason(entry.bytes);
        if (binary) {
          yield fail("binary-file", binary, file, entry.line);
          return;
        }
      }
      let text: string;
      try {
        text = decoder.decode(entry.bytes);
      } catch {
        records++;
        const at = firstInvalidUtf8(entry.bytes);
        yield fail(
          "invalid-utf8",
          `invalid UTF-8 (at byte ${Math.max(at, 0)} of the line)`,
          file,
          entry.line,
        );
        continue;
      }
      const item = parseJsonlLine(
        entry.line === 1 ? normalizeNewlines(text) : text,
        { file, line: entry.line, format },
        ctx.parse,
      );
      if (item === null) continue;
      records++;
      yield item;
    }
  } catch (error) {
    yield { kind: "problem", problem: fsProblem(error, file) };
    return;
  }
  if (records === 0) yield fail("empty-file", "empty file (no JSON Lines records)", file);
}

async function* stringChunks(text: string): AsyncGenerator<string> {
  yield text;
}

/** A .json file: an array of records, or one record; text that is really JSON Lines is read as such. */
async function* jsonItems(text: string, file: string, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (sniffFormat(text) === "jsonl" && text.trim().includes("\n")) {
      yield* jsonlItems(stringChunks(text), file, "jsonl", ctx);
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    yield fail("bad-json", `invalid JSON (${reason})`, file);
    return;
  }
  const origin: Origin = { file, line: null, format: "jsonl" };
  if (Array.isArray(value)) {
    if (value.length === 0) yield fail("empty-file", "empty file (a JSON array with no records)", file);
    for (let i = 0; i < value.length; i++) {
      yield parseJsonRecord(value[i], origin, { ...ctx.parse, label: `[${i}]` });
    }
    return;
  }
  yield parseJsonRecord(value, origin, ctx.parse);
}

/** Parses decoded text of a known (or sniffed) format. */
export async function* textItems(
  text: string,
  format: FileFormat | null,
  file: string,
  id: string,
  ctx: ReaderContext,
  stdin = false,
): AsyncGenerator<ReadItem> {
  const actual = format ?? sniffFormat(text);
  const originFormat = (f: Origin["format"]): Origin["format"] => (stdin ? "stdin" : f);
  switch (actual) {
    case "text":
      yield parseTextStory(text, { file, line: null, format: originFormat("text") }, id, ctx.parse);
      return;
    case "html":
      yield parseHtmlStory(text, { file, line: null, format: originFormat("html") }, id, ctx.parse);
      return;
    case "jsonl":
      yield* jsonlItems(stringChunks(text), file, originFormat("jsonl"), ctx);
      return;
    case "json":
      yield* jsonItems(text, file, ctx);
      return;
  }
}

/** One file of a known format (null = sniff the content). */
export async function* fileItems(
  path: string,
  format: FileFormat | null,
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  if (format === "jsonl") {
    yield* jsonlItems(fileChunks(path), path, "jsonl", ctx);
    return;
  }
  const read = await readLimited(path, ctx.maxBytes);
  if (!read.ok) {
    yield { kind: "problem", problem: read.problem };
    return;
  }
  const decoded = decodeBytes(read.bytes, format === "html" || format === null);
  if (!decoded.ok) {
    yield fail(decoded.code, decoded.reason, path, decoded.line);
    return;
  }
  yield* textItems(decoded.text, format, path, fileStem(path), ctx);
}

function isSpaceByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x0b;
}

/** First byte that is neither whitespace nor part of a UTF-8 BOM, or -1. */
function firstContentByte(chunk: Buffer, atStart: boolean): number {
  let i = atStart && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  for (; i < chunk.length; i++) if (!isSpaceByte(chunk[i])) return chunk[i];
  return -1;
}

/**
 * stdin: JSON Lines (first non-space character "{") are streamed line by line; anything else is
 * read up to the size limit and parsed as HTML (starts with "<") or text. The story id is "stdin".
 */
export async function* stdinItems(
  stream: NodeJS.ReadableStream,
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  const file = STDIN_NAME;
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let first = -1;
  try {
    while (first < 0) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
      first = firstContentByte(chunk, head.length === 0);
      head.push(chunk);
      size += chunk.length;
      if (size > ctx.maxBytes) break;
    }
    if (first === 0x7b) {
      const rest: AsyncIterable<Buffer | string> = {
        [Symbol.asyncIterator]: () => iterator,
      };
      async function* all(): AsyncGenerator<Buffer | string> {
        yield* head;
        yield* rest;
      }
      yield* jsonlItems(all(), file, "stdin", ctx);
      return;
    }
    while (size <= ctx.maxBytes) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
      head.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    yield { kind: "problem", problem: fsProblem(error, file) };
    return;
  }
  if (size > ctx.maxBytes) {
    await iterator.return?.();
    yield fail("too-large", `input is over the ${formatSize(ctx.maxBytes)} limit`, file);
    return;
  }
  const decoded = decodeBytes(Buffer.concat(head, size), first === 0x3c);
  if (!decoded.ok) {
    yield fail(
      decoded.code,
      decoded.code === "empty-file" ? "empty input" : decoded.reason,
      file,
      decoded.line,
    );
    return;
  }
  yield* textItems(decoded.text, null, file, "stdin", ctx, true);
}
