import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ReadItem, type ReadOptions, readInputs } from "../../src/ingest/index.js";
import type { Origin, Problem, Story } from "../../src/model/types.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

export const origin = (
  format: Origin["format"] = "inline",
  file: string | null = null,
  line: number | null = null,
): Origin => ({
  file,
  line,
  format,
});

export async function collect(paths: string[], opts?: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, opts)) items.push(item);
  return items;
}

export function stories(items: ReadItem[]): Story[] {
  return items.flatMap((item) => (item.kind === "story" ? [item.story] : []));
}

export function problems(items: ReadItem[]): Problem[] {
  return items.flatMap((item) => (item.kind === "problem" ? [item.problem] : item.problems));
}

export function errors(items: ReadItem[]): Problem[] {
  return items.flatMap((item) => (item.kind === "problem" ? [item.problem] : []));
}

export function expectStory(item: ReadItem | null | undefined): { story: Story; problems: Problem[] } {
  if (item?.kind !== "story") {
    throw new Error(`expected a story, got ${item ? JSON.stringify(item.problem) : String(item)}`);
  }
  return item;
}

export function expectProblem(item: ReadItem | null | undefined): Problem {
  if (item?.kind !== "problem") throw new Error(`expected a problem, got ${JSON.stringify(item)}`);
  return item.problem;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "rift-ingest-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
