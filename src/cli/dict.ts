import { checkDictionaries } from "../dict/check.js";
import type { Io } from "./io.js";

export async function runDict(argv: string[], io: Io): Promise<number> {
  if (argv[0] !== "check") {
    io.err(`usage: rift dict check\n`);
    return 2;
  }
  const report = checkDictionaries();
  for (const f of report.files)
    io.out(`${f.name.padEnd(36)} ${String(f.version).padEnd(12)} ${String(f.entries).padStart(6)} entries\n`);
  for (const i of report.issues) io.err(`rift: ${i.file}${i.entry ? ` [${i.entry}]` : ""}: ${i.message}\n`);
  const total = report.files.reduce((n, f) => n + f.entries, 0);
  io.out(`${report.files.length} files, ${total} entries, ${report.issues.length} problem(s)\n`);
  return report.issues.length > 0 ? 1 : 0;
}
