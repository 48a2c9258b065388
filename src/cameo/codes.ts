/**
 * The CAMEO event-code table (data/cameo/codes.json, built by scripts/build-cameo.ts):
 * name, root, Goldstein score, GDELT quad class and PLOVER type of every code.
 * Loaded once on first use and never mutated afterwards.
 */
import { readFileSync } from "node:fs";
import type { PloverRef } from "../model/types.js";

export interface CameoInfo {
  code: string;
  /** Two-digit root, e.g. "11". */
  root: string;
  /** CAMEO 1.1b3 name (GDELT/ICEWS name for codes outside the manual). */
  name: string;
  goldstein: number;
  /** GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: number;
  /** PLOVER event type and mode; null for roots 01 and 02, which PLOVER drops. */
  plover: PloverRef | null;
  /** 0 for roots, 2 for three-digit codes, 3 for four-digit codes. */
  level: number;
  /** False for codes used by Phoenix/ICEWS but absent from the CAMEO 1.1b3 manual. */
  standard: boolean;
}

export interface CameoTable {
  /** Table version (data/cameo/codes.json "version"). */
  readonly version: string;
  /** Every code, in code order. */
  readonly codes: readonly CameoInfo[];
  info(code: string): CameoInfo | null;
  isCode(code: string): boolean;
  /** Name of a root ("11" → "DISAPPROVE"); null when it is not one of the 20 roots. */
  rootName(root: string): string | null;
}

interface CodesFile {
  schema: string;
  version: string;
  codes: (CameoInfo & { from?: unknown })[];
}

const CODES_URL = new URL("../../data/cameo/codes.json", import.meta.url);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Builds a table from the parsed codes file (exported for tests; use `loadCameo()`). */
export function cameoTableFrom(file: CodesFile): CameoTable {
  if (file.schema !== "rift.cameo/1") throw new Error(`codes.json: unexpected schema ${file.schema}`);
  const byCode = new Map<string, CameoInfo>();
  for (const c of file.codes) {
    const info: CameoInfo = {
      code: c.code,
      root: c.root,
      name: c.name,
      goldstein: c.goldstein,
      quad: c.quad,
      plover: c.plover ? { event: c.plover.event, mode: c.plover.mode } : null,
      level: c.level,
      standard: c.standard,
    };
    byCode.set(c.code, deepFreeze(info));
  }
  const codes = Object.freeze([...byCode.values()]);
  return Object.freeze({
    version: file.version,
    codes,
    info: (code: string) => byCode.get(code) ?? null,
    isCode: (code: string) => byCode.has(code),
    rootName: (root: string) => (/^\d\d$/.test(root) ? (byCode.get(root)?.name ?? null) : null),
  });
}

let cached: CameoTable | null = null;

/** The CAMEO table, read from data/cameo/codes.json on first call. */
export function loadCameo(): CameoTable {
  if (cached === null) {
    cached = cameoTableFrom(JSON.parse(readFileSync(CODES_URL, "utf8")) as CodesFile);
  }
  return cached;
}

/** Shorthand for `loadCameo().isCode(code)`. */
export function isCode(code: string): boolean {
  return loadCameo().isCode(code);
}

/** Shorthand for `loadCameo().rootName(root)`. */
export function rootName(root: string): string | null {
  return loadCameo().rootName(root);
}
