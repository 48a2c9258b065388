/**
 * Deterministic dev / holdout split: a story (or sentence line) goes to "holdout" when the
 * 32-bit FNV-1a hash of its id (UTF-8 bytes) is odd. Stable across runs and machines, and
 * independent of which other ids are in the set.
 */

export type Split = "dev" | "holdout";
export type SplitChoice = Split | "all";

export const SPLITS: readonly SplitChoice[] = ["all", "dev", "holdout"];

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(id: string): Split {
  return fnv1a(id) % 2 === 0 ? "dev" : "holdout";
}

export function inSplit(id: string, choice: SplitChoice): boolean {
  return choice === "all" || splitOf(id) === choice;
}

export function isSplitChoice(s: string): s is SplitChoice {
  return (SPLITS as readonly string[]).includes(s);
}
