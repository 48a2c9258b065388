/**
 * Event filters as SQL over the `events` table, with bound parameters (never spliced values).
 *
 * An actor is named by a three-letter country code (AZE: matches the actor's country, so
 * AZEGOV, AZEMIL… all count) or by a longer CAMEO code prefix (AZEGOV, IGOUNO: matches codes
 * starting with it). IGO, NGO, NGM, IMG and MNC, having no country, match as code prefixes.
 */
import type { DuckDBValue } from "@duckdb/node-api";

const NON_COUNTRY = new Set(["IGO", "NGO", "NGM", "IMG", "MNC"]);

export class FilterError extends Error {}

export function normalizeActor(value: string): string {
  const v = value.trim().toUpperCase();
  if (!/^[A-Z0-9-]{3,}$/.test(v))
    throw new FilterError(`"${value}" is not an actor code (e.g. AZE, AZEGOV, IGOUNO)`);
  return v;
}

function isCountry(v: string): boolean {
  return v.length === 3 && !NON_COUNTRY.has(v);
}

/** SQL matching one side of an event to an actor; pushes its parameter. */
export function actorCondition(side: "source" | "target", value: string, params: DuckDBValue[]): string {
  const v = normalizeActor(value);
  params.push(v);
  if (isCountry(v)) return `${side}_country = ?`;
  return `starts_with(${side}_code, ?)`;
}

/** Events from a to b (or, with both, either way). */
export function dyadCondition(a: string, b: string, both: boolean, params: DuckDBValue[]): string {
  const x = normalizeActor(a);
  const y = normalizeActor(b);
  if (both && x !== y && isCountry(x) && isCountry(y)) {
    // the same set as (A→B OR B→A), written so that DuckDB pushes it into the scan
    params.push(x, y, x, y);
    return "(source_country IN (?, ?) AND target_country IN (?, ?) AND source_country <> target_country)";
  }
  const forward = `(${actorCondition("source", a, params)} AND ${actorCondition("target", b, params)})`;
  if (!both) return forward;
  const back = `(${actorCondition("source", b, params)} AND ${actorCondition("target", a, params)})`;
  return `(${forward} OR ${back})`;
}

export interface EventFilter {
  /** Directed dyads "A-B" (source A, target B). */
  dyads?: [string, string][];
  /** Count a dyad either way. */
  both?: boolean;
  /** Events with this actor on either side. */
  actors?: string[];
  /** CAMEO roots ("14") or codes ("141"); a code matches itself and its sub-codes. */
  roots?: string[];
  codes?: string[];
  /** Inclusive YYYY-MM-DD bounds on the event's day (month- and year-only dates count as their first day). */
  from?: string;
  to?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDyad(value: string): [string, string] {
  const m = /^([A-Za-z0-9]{3,})[-:>/]([A-Za-z0-9]{3,})$/.exec(value.trim());
  if (!m) throw new FilterError(`--dyad wants two actor codes like AZE-RUS, got "${value}"`);
  return [normalizeActor(m[1] as string), normalizeActor(m[2] as string)];
}

export function checkDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new FilterError(`--${name} must be YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The WHERE clause (without "WHERE"; "TRUE" for no filter) and its parameters. */
/** Conditions for events dated from `from` to `to` (YYYY-MM-DD, both optional), with their parameters. */
export function dayRange(from: string | undefined, to: string | undefined, params: DuckDBValue[]): string[] {
  const parts: string[] = [];
  const first = checkDay(from, "from");
  const last = checkDay(to, "to");
  if (first !== undefined) {
    params.push(first);
    parts.push("day >= ?::DATE");
  }
  if (last !== undefined) {
    params.push(last);
    parts.push("day <= ?::DATE");
  }
  return parts;
}

export function whereClause(f: EventFilter): { sql: string; params: DuckDBValue[] } {
  const params: DuckDBValue[] = [];
  const parts: string[] = [];
  if (f.dyads?.length) {
    parts.push(`(${f.dyads.map(([a, b]) => dyadCondition(a, b, f.both === true, params)).join(" OR ")})`);
  }
  for (const a of f.actors ?? []) {
    const s = actorCondition("source", a, params);
    const t = actorCondition("target", a, params);
    parts.push(`(${s} OR ${t})`);
  }
  const codeParts: string[] = [];
  for (const r of f.roots ?? []) {
    if (!/^\d{2}$/.test(r)) throw new FilterError(`--root wants a two-digit CAMEO root like 14, got "${r}"`);
    params.push(r);
    codeParts.push("root = ?");
  }
  for (const c of f.codes ?? []) {
    if (!/^\d{2,4}$/.test(c)) throw new FilterError(`--code wants a CAMEO code like 141, got "${c}"`);
    params.push(c);
    codeParts.push("starts_with(code, ?)");
  }
  if (codeParts.length) parts.push(`(${codeParts.join(" OR ")})`);
  parts.push(...dayRange(f.from, f.to, params));
  return { sql: parts.length ? parts.join(" AND ") : "TRUE", params };
}
