export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

import type { Problem } from "../model/types.js";

/** One line per problem: where (file:line or story), severity, and the reason. */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line !== null ? `:${p.line}` : ""}` : (p.story ?? "input");
  // Readers already start their messages with "file:line:".
  const message = p.file !== null && p.message.startsWith(p.file) ? p.message : `${where}: ${p.message}`;
  return `rift: ${p.severity}: ${message} [${p.code}]\n`;
}
