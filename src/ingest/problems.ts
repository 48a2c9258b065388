import type { Origin, Problem, Severity } from "../model/types.js";

/** Where a problem happened: a file (or stdin) and, for line-based formats, a 1-based line. */
export interface Where {
  file: string | null;
  line?: number | null;
  story?: string | null;
}

/** "file:line" (or "file", or "<input>") for messages. */
export function describeWhere(where: Where): string {
  const file = where.file ?? "<input>";
  return where.line != null ? `${file}:${where.line}` : file;
}

/** Builds a Problem whose message starts with the place it happened, so it reads on its own. */
export function problem(severity: Severity, code: string, reason: string, where: Where): Problem {
  return {
    severity,
    code,
    message: `${describeWhere(where)}: ${reason}`,
    story: where.story ?? null,
    file: where.file,
    line: where.line ?? null,
  };
}

export function whereOf(origin: Origin, story?: string | null): Where {
  return { file: origin.file, line: origin.line, story: story ?? null };
}

/** One line for a terminal: "error [invalid-utf8] a/b.txt:3: …". */
export function formatProblem(p: Problem): string {
  return `${p.severity} [${p.code}] ${p.message}`;
}
