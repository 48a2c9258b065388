/**
 * A quick estimate of how many stories some inputs hold, for the progress bar's ETA: one per
 * text or HTML file, one per non-blank line of a JSON Lines file. Reads JSON Lines files once
 * (bytes only, no parsing); returns null when the inputs include standard input.
 */
import { createReadStream } from "node:fs";
import { expandPath } from "../ingest/files.js";

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i];
        if (c === 10) {
          if (!blank) lines++;
          blank = true;
        } else if (c !== 32 && c !== 13 && c !== 9) blank = false;
      }
    }
  } catch {
    return 1;
  }
  return blank ? lines : lines + 1;
}

export async function estimateStories(paths: readonly string[]): Promise<number | null> {
  if (paths.includes("-")) return null;
  let total = 0;
  for (const path of paths) {
    for await (const entry of expandPath(path)) {
      if (entry.kind !== "file") continue;
      total += entry.format === "jsonl" ? await countLines(entry.path) : 1;
    }
  }
  return total;
}
