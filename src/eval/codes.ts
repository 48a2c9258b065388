/**
 * Code normalisation used by the scorer: actor country keys, CAMEO roots and quad
 * classes, PLOVER event names and PLOVER quad classes.
 */

/**
 * Non-ISO country codes found in older gold files (PLOVER GSR, PETRARCH data), mapped to
 * ISO 3166-1 alpha-3. "ISM" (an Islamic group with no country, PLOVER GSR) becomes "---",
 * the CAMEO prefix for an actor whose country is not known.
 */
export const LEGACY_COUNTRY: Readonly<Record<string, string>> = {
  JAP: "JPN",
  ITL: "ITA",
  VTN: "VNM",
  ISM: "---",
};

/**
 * The country part of a CAMEO actor code: its first three characters ("AZEGOV" → "AZE"),
 * upper-cased, with legacy codes mapped to ISO. Non-country prefixes ("IGO", "NGO", "IMG",
 * "---") are compared as they are. An empty or missing code gives "" (no actor).
 */
export function countryKey(code: string | null | undefined): string {
  if (code === null || code === undefined) return "";
  const prefix = code.trim().slice(0, 3).toUpperCase();
  return LEGACY_COUNTRY[prefix] ?? prefix;
}

/** A full actor code for role comparison: trimmed and upper-cased, "" for none. */
export function fullCode(code: string | null | undefined): string {
  return code === null || code === undefined ? "" : code.trim().toUpperCase();
}

/** CAMEO root: the first two digits of an event code ("1121" → "11"). */
export function rootOf(code: string): string {
  return code.trim().slice(0, 2);
}

/** Quad class of a CAMEO root (GDELT mapping): 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4; 0 if unknown. */
export function quadOfRoot(root: string): number {
  const n = Number.parseInt(root, 10);
  if (!/^\d\d$/.test(root) || n < 1 || n > 20) return 0;
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

/**
 * Old PLOVER event names (PLOVER 0.5b1, used by the PLOVER gold standard records) mapped to
 * the current 16 types.
 */
export const PLOVER_RENAMED: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

/** The current PLOVER event types with their quad class (the PLOVER manual's quad sections). */
export const PLOVER_QUAD: Readonly<Record<string, number>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** A PLOVER event name in current terms: upper-cased, old names renamed. */
export function ploverType(event: string): string {
  const name = event.trim().toUpperCase();
  return PLOVER_RENAMED[name] ?? name;
}

/** Quad class of a PLOVER event name (old names accepted); 0 if unknown. */
export function ploverQuad(event: string): number {
  return PLOVER_QUAD[ploverType(event)] ?? 0;
}

/** Place names compared case-insensitively, without diacritics and extra spaces. */
export function placeKey(name: string | null | undefined): string {
  if (name === null || name === undefined) return "";
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
