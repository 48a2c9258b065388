/**
 * The ingest layer: files, folders, JSON Lines and stdin → Stories (or Problems).
 *
 *   for await (const item of readInputs(["news/", "-"], { date: "2025-06-30" })) …
 *
 * readInputs never throws for bad input: each unreadable file, broken line or page without an
 * article becomes one Problem and the rest of the batch goes on.
 */
import type { Problem } from "../model/types.js";
import { isIsoDate } from "./dates.js";
import { expandPath } from "./files.js";
import type { ParseOptions, ReadItem } from "./item.js";
import { describeWhere, problem } from "./problems.js";
import { fileItems, type ReaderContext, stdinItems } from "./readers.js";

export { isIsoDate, parseDate } from "./dates.js";
export { decodeBytes } from "./decode.js";
export { parseHtmlStory } from "./html.js";
export type { ParseOptions, ReadItem } from "./item.js";
export { type JsonlOptions, parseJsonlLine, parseJsonRecord } from "./jsonl.js";
export { formatProblem } from "./problems.js";
export { sniffFormat } from "./sniff.js";
export { parseTextStory } from "./text.js";

/** Default size limit for one input text (and for one JSON Lines record). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for stories that state none. */
  date?: string;
  /** Largest file (or stdin text, or JSON Lines line) accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** The stream read for the path "-"; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

/** Adds a "duplicate-id" warning to a story whose id was already read in this batch. */
function checkDuplicate(item: ReadItem, seen: Map<string, string>): ReadItem {
  if (item.kind !== "story") return item;
  const { story } = item;
  const here = describeWhere({ file: story.origin.file, line: story.origin.line });
  const first = seen.get(story.id);
  if (first === undefined) {
    seen.set(story.id, here);
    return item;
  }
  const warning = problem(
    "warning",
    "duplicate-id",
    `story id "${story.id}" was already read from ${first}`,
    {
      file: story.origin.file,
      line: story.origin.line,
      story: story.id,
    },
  );
  return { ...item, problems: [...item.problems, warning] };
}

/**
 * Reads files, folders (recursively, sorted), JSON Lines and "-" (stdin) in the order given,
 * yielding one item per story or per problem.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const parse: ParseOptions = {};
  if (opts.date !== undefined) {
    if (isIsoDate(opts.date)) parse.date = opts.date;
    else {
      const bad: Problem = {
        severity: "error",
        code: "bad-option",
        message: `--date "${opts.date}" is not a valid YYYY-MM-DD date; ignored`,
        story: null,
        file: null,
        line: null,
      };
      yield { kind: "problem", problem: bad };
    }
  }
  const maxBytes =
    opts.maxBytes !== undefined && Number.isFinite(opts.maxBytes) && opts.maxBytes > 0
      ? opts.maxBytes
      : DEFAULT_MAX_BYTES;
  const ctx: ReaderContext = { maxBytes, parse };
  const seen = new Map<string, string>();
  for (const path of paths) {
    if (path === "-") {
      for await (const item of stdinItems(opts.stdin ?? process.stdin, ctx)) yield checkDuplicate(item, seen);
      continue;
    }
    for await (const entry of expandPath(path)) {
      if (entry.kind === "problem") {
        yield { kind: "problem", problem: entry.problem };
        continue;
      }
      for await (const item of fileItems(entry.path, entry.format, ctx)) yield checkDuplicate(item, seen);
    }
  }
}
