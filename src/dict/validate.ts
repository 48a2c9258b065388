import type { DictionaryFile } from "./schema.js";
import { ROLE_CODES } from "./schema.js";

export interface DictIssue {
  file: string;
  entry: string | null;
  message: string;
}

const ROLES = new Set<string>(ROLE_CODES);
const ALPHA3 = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CAMEO = /^\d{3,4}$/;

type Check = (entry: Record<string, unknown>, issue: (m: string) => void) => void;

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "");

function checkStrings(
  e: Record<string, unknown>,
  key: string,
  issue: (m: string) => void,
  required = true,
): void {
  if (e[key] === undefined && !required) return;
  if (!isStrings(e[key])) issue(`"${key}" must be a list of non-empty strings`);
}

const actorChecks: Record<string, Check> = {
  country(e, issue) {
    if (typeof e.code !== "string" || !ALPHA3.test(e.code))
      issue(`country code "${String(e.code)}" is not alpha-3`);
    for (const k of ["names", "adjectives", "demonyms", "capitals", "seats"]) checkStrings(e, k, issue);
  },
  org(e, issue) {
    if (typeof e.code !== "string" || !/^[A-Z-]{3,}$/.test(e.code))
      issue(`org code "${String(e.code)}" is not a CAMEO actor code`);
    if (e.country !== null && (typeof e.country !== "string" || !ALPHA3.test(e.country)))
      issue(`org country must be alpha-3 or null`);
    if (e.role !== null && (typeof e.role !== "string" || !ROLES.has(e.role)))
      issue(`unknown role "${String(e.role)}"`);
    checkStrings(e, "names", issue);
  },
  role(e, issue) {
    if (typeof e.role !== "string" || !ROLES.has(e.role)) issue(`unknown role "${String(e.role)}"`);
    checkStrings(e, "names", issue);
  },
  person(e, issue) {
    checkStrings(e, "names", issue);
    if (!Array.isArray(e.terms) || e.terms.length === 0) {
      issue(`a person needs at least one term`);
      return;
    }
    for (const t of e.terms as Record<string, unknown>[]) {
      if (typeof t.code !== "string" || !/^[A-Z]{3}[A-Z]{3}/.test(t.code))
        issue(`term code "${String(t.code)}" is not country+role`);
      if (typeof t.from !== "string" || !DATE.test(t.from))
        issue(`term start "${String(t.from)}" is not a date`);
      if (t.to !== null && (typeof t.to !== "string" || !DATE.test(t.to)))
        issue(`term end "${String(t.to)}" is not a date or null`);
    }
  },
};

function checkPattern(
  e: Record<string, unknown>,
  root: string | null,
  known: (code: string) => boolean,
  issue: (m: string) => void,
): void {
  if (typeof e.code !== "string" || !CAMEO.test(e.code))
    issue(`code "${String(e.code)}" is not a CAMEO event code`);
  else {
    if (!known(e.code)) issue(`code "${e.code}" is not in the CAMEO table`);
    if (root !== null && !e.code.startsWith(root)) issue(`code "${e.code}" is not under root ${root}`);
  }
  const hasVerb = typeof e.verb === "string" && e.verb.trim() !== "";
  const hasNoun = typeof e.noun === "string" && e.noun.trim() !== "";
  if (hasVerb === hasNoun) issue(`a pattern has exactly one of "verb" or "noun"`);
  checkStrings(e, "object", issue, false);
  checkStrings(e, "targetPreps", issue, false);
  checkStrings(e, "sourcePreps", issue, false);
  if (e.sourcePreps !== undefined && !hasVerb) issue(`"sourcePreps" applies to verb patterns only`);
}

function checkPlace(e: Record<string, unknown>, issue: (m: string) => void): void {
  if (typeof e.name !== "string") issue(`"name" is required`);
  checkStrings(e, "aliases", issue);
  if (typeof e.country !== "string" || !ALPHA3.test(e.country)) issue(`country must be alpha-3`);
  if (typeof e.lat !== "number" || typeof e.lon !== "number") issue(`lat and lon must be numbers`);
}

function checkCountryPlace(e: Record<string, unknown>, issue: (m: string) => void): void {
  if (typeof e.alpha3 !== "string" || !ALPHA3.test(e.alpha3)) issue(`alpha3 must be an ISO alpha-3 code`);
  if (typeof e.alpha2 !== "string" || !/^[A-Z]{2}$/.test(e.alpha2))
    issue(`alpha2 must be an ISO alpha-2 code`);
  if (typeof e.name !== "string") issue(`"name" is required`);
  if (typeof e.lat !== "number" || typeof e.lon !== "number") issue(`lat and lon must be numbers`);
}

function checkHomeAct(
  e: Record<string, unknown>,
  known: (code: string) => boolean,
  issue: (m: string) => void,
): void {
  checkStrings(e, "codes", issue);
  if (Array.isArray(e.codes))
    for (const c of e.codes)
      if (typeof c === "string" && !known(c)) issue(`code "${c}" is not in the CAMEO table`);
}

function checkVerdict(
  e: Record<string, unknown>,
  known: (code: string) => boolean,
  issue: (m: string) => void,
): void {
  checkStrings(e, "words", issue);
  if (typeof e.code !== "string" || !known(e.code))
    issue(`code "${String(e.code)}" is not in the CAMEO table`);
}

export type DictKind = "actors" | "patterns" | "places" | "countries" | "home-acts" | "verdicts";

/**
 * Validates one dictionary file against its schema; returns its entries (possibly partial)
 * and the issues found. Ids must be unique across all files: pass the shared `seen` map.
 */
export function validateDictionary<E>(
  kind: DictKind,
  file: string,
  json: unknown,
  seen: Map<string, string>,
  knownCode: (code: string) => boolean,
): { entries: E[]; issues: DictIssue[] } {
  const issues: DictIssue[] = [];
  const fileIssue = (message: string) => issues.push({ file, entry: null, message });
  if (typeof json !== "object" || json === null) {
    fileIssue("is not a JSON object");
    return { entries: [], issues };
  }
  const d = json as Partial<DictionaryFile<unknown>> & { root?: string };
  if (typeof d.schema !== "string" || !d.schema.startsWith(`rift.${kind}/`))
    fileIssue(`"schema" must be "rift.${kind}/1"`);
  if (typeof d.version !== "string" || d.version === "") fileIssue(`"version" is missing`);
  if (typeof d.source !== "string" || d.source === "") fileIssue(`"source" is missing`);
  if (!Array.isArray(d.entries)) {
    fileIssue(`"entries" must be a list`);
    return { entries: [], issues };
  }
  const entries: E[] = [];
  d.entries.forEach((raw, index) => {
    const e = raw as Record<string, unknown>;
    const id = typeof e?.id === "string" && e.id !== "" ? e.id : null;
    let ok = true;
    const issue = (message: string) => {
      ok = false;
      issues.push({ file, entry: id ?? `#${index}`, message });
    };
    if (id === null) issue(`entry #${index} has no "id"`);
    else if (seen.has(id)) issue(`id "${id}" is also used in ${seen.get(id)}`);
    else seen.set(id, file);
    if (kind === "actors") {
      const check = actorChecks[String(e.type)];
      if (check === undefined) issue(`unknown actor entry type "${String(e.type)}"`);
      else check(e, issue);
    } else if (kind === "patterns") {
      checkPattern(e, typeof d.root === "string" ? d.root : null, knownCode, issue);
    } else if (kind === "verdicts") {
      checkVerdict(e, knownCode, issue);
    } else if (kind === "home-acts") {
      checkHomeAct(e, knownCode, issue);
    } else if (kind === "countries") {
      checkCountryPlace(e, issue);
    } else {
      checkPlace(e, issue);
    }
    if (ok) entries.push(raw as E);
  });
  return { entries, issues };
}
