/**
 * `npm run eval`: scores the coder on every evaluation set in the shared folder
 * (../shared next to the repository, or $RIFT_SHARED) and prints one summary table.
 */
import { runEvalAll } from "../src/cli/eval.js";
import { processIo } from "../src/cli/io.js";

process.exitCode = await runEvalAll(processIo);
