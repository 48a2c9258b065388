/**
 * `npm run eval`: scores the coder on every evaluation set in the shared folder
 * (../shared next to the repository, or $RIFT_SHARED) and prints one summary table.
 */
import { runEvalAll } from "../src/cli/eval.js";

const io = {
  out: (s: string): void => void process.stdout.write(`${s}\n`),
  err: (s: string): void => void process.stderr.write(`${s}\n`),
};

process.exitCode = await runEvalAll(io);
