import type { Origin, Problem } from "../model/types.js";
import { parseDate } from "./dates.js";
import { finishStory, type ParseOptions, type ReadItem } from "./item.js";
import { cleanLine, fileStem, normalizeNewlines } from "./normalize.js";
import { problem, whereOf } from "./problems.js";

/**
 * JSON Lines of {id, url, title, published, text}: one story per line. `text` is required;
 * a missing id is made from the file name and line ("corpus-12"), with a warning. The text is
 * kept as given apart from newline normalisation (CRLF → LF, no BOM).
 */

export interface JsonlOptions extends ParseOptions {
  /** How a record is named in messages when it has no line number (e.g. "[3]" for a JSON array). */
  label?: string;
}

function optionalString(
  record: Record<string, unknown>,
  key: string,
  origin: Origin,
  id: string | null,
  problems: Problem[],
): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  problems.push(
    problem(
      "warning",
      "bad-field",
      `field "${key}" should be a string, got ${typeName(value)}`,
      whereOf(origin, id),
    ),
  );
  return null;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function fallbackId(origin: Origin, label: string | undefined): string {
  const stem = origin.file ? fileStem(origin.file) : "stdin";
  const suffix = origin.line ?? label?.replace(/\D/g, "") ?? "0";
  return `${stem}-${suffix}`;
}

/** One already-parsed JSON value → a story or a problem. */
export function parseJsonRecord(value: unknown, origin: Origin, opts?: JsonlOptions): ReadItem {
  const label = opts?.label ? `record ${opts.label}: ` : "";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      kind: "problem",
      problem: problem(
        "error",
        "bad-jsonl",
        `${label}expected a JSON object, got ${typeName(value)}`,
        whereOf(origin),
      ),
    };
  }
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  const rawId = record.id;
  let id: string;
  if (
    (typeof rawId === "string" && rawId.trim() !== "") ||
    (typeof rawId === "number" && Number.isFinite(rawId))
  ) {
    id = String(rawId).trim();
  } else {
    id = fallbackId(origin, opts?.label);
    problems.push(
      problem("warning", "missing-field", `${label}record has no "id"; using "${id}"`, whereOf(origin, id)),
    );
  }
  const text = record.text;
  if (typeof text !== "string") {
    const reason =
      text === undefined
        ? `${label}record "${id}" has no "text" field`
        : `${label}"text" of "${id}" is ${typeName(text)}`;
    return { kind: "problem", problem: problem("error", "missing-field", reason, whereOf(origin, id)) };
  }
  const url = optionalString(record, "url", origin, id, problems);
  const title = optionalString(record, "title", origin, id, problems);
  const rawDate = optionalString(record, "published", origin, id, problems);
  const published = rawDate === null ? null : parseDate(rawDate);
  if (rawDate !== null && published === null) {
    problems.push(
      problem(
        "warning",
        "bad-date",
        `${label}unreadable "published" date "${rawDate.slice(0, 40)}"`,
        whereOf(origin, id),
      ),
    );
  }
  return finishStory(
    {
      id,
      url: url?.trim() ?? null,
      title: title === null ? null : cleanLine(title) || null,
      published,
      text: normalizeNewlines(text),
    },
    origin,
    opts,
    problems,
    "no-text",
    `${label}"text" of "${id}" is empty`,
  );
}

/**
 * Parses one line of a JSON Lines file (origin.line is its 1-based number). A blank line gives
 * null; a line that is not a JSON object gives a "bad-jsonl" problem. Never throws.
 */
export function parseJsonlLine(line: string, origin: Origin, opts?: JsonlOptions): ReadItem | null {
  const trimmed = normalizeNewlines(line).trim();
  if (trimmed === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: "problem",
      problem: problem("error", "bad-jsonl", `invalid JSON (${reason})`, whereOf(origin)),
    };
  }
  return parseJsonRecord(value, origin, opts);
}
