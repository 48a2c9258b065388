/**
 * Child process for the crash test: `rift ingest` (runIngest, the CLI handler) with the marker
 * coder slowed down to news-coding speed, so that a SIGKILL lands in the middle of the run.
 * Prints a progress line after every batch.
 */
import { runIngest } from "../../src/cli/ingest.js";
import { processIo } from "../../src/cli/io.js";
import type { Coder } from "../../src/store/writer.js";
import { markerCoder } from "./helpers.js";

const delayMs = Number(process.env.RIFT_TEST_CODER_DELAY_MS ?? "2");
const slow: Coder = (story) => {
  const until = Date.now() + delayMs;
  while (Date.now() < until) {
    // busy: coding takes CPU time
  }
  return markerCoder(story);
};

process.exitCode = await runIngest(process.argv.slice(2), processIo, {
  coder: slow,
  progressEveryMs: 0,
  isTTY: false,
});
