/**
 * GDELT 2.0 Event table export: one tab-separated row of the 61 GDELT columns per event,
 * no header line unless asked (GDELT's files have none), "\n" line ends.
 *
 * Choices where GDELT's fields have no exact Rift counterpart:
 *  - GLOBALEVENTID: first 12 hex digits of a SHA-1 over story, sentence, span, trigger, code and the
 *    two actor codes, read as a number (< 2^48, so exact in JS and in GDELT's INTEGER column).
 *  - Dates: a partial event date is padded to the first day of its period ("2025-06" → 20250601,
 *    "2025" → 20250101); MonthYear and Year stay exact. FractionDate is YEAR + ((MONTH - 1) * 30 + DAY) / 365
 *    to four decimals: the codebook text says MONTH * 30, but its stated 0–0.9999 range and GDELT's own
 *    rows (19790101 → 1979.0027) use MONTH - 1. A null date leaves all four empty.
 *  - Actors: Name is the mention text in upper case (as GDELT writes names); Type1–3 are the actor's
 *    role followed by any further role codes in its CAMEO code; KnownGroupCode is the last
 *    three letters of an IGO/NGO/NGM/IMG code (IGOUNO → UNO). Ethnic/religion codes are left empty.
 *  - IsRootEvent 1, NumMentions/NumSources/NumArticles 1, AvgTone 0 (Rift measures none of them).
 *  - Actor1Geo_* and Actor2Geo_*: Rift does not locate actors, so Type 0 and the rest empty.
 *  - ActionGeo_Type: 1 country, 4 world city, 5 world region (3 and 2 for US cities and states), 0 with
 *    no place. Places carry no kind in the EventRecord, so a `kind` field is used when present and
 *    otherwise a place without coordinates counts as a country and one with coordinates as a city.
 *    CountryCode is FIPS 10-4; for a country match ADM1Code and FeatureID hold it too, as GDELT does.
 *  - Tabs, CR and LF inside fields become spaces.
 */
import { createHash } from "node:crypto";
import { iso3ToFips } from "../cameo/fips.js";
import { ROLE_CODES } from "../dict/schema.js";
import type { EventActor, EventRecord, Place } from "../model/types.js";

/** The 61 columns of the GDELT 2.0 Event table, in file order. */
export const GDELT_EVENT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

export type GdeltColumn = (typeof GDELT_EVENT_COLUMNS)[number];

export interface GdeltMeta {
  stories: Map<string, { url: string | null; published: string | null }>;
  /** When the rows were produced, UTC, YYYYMMDDHHMMSS. */
  dateAdded: string;
}

export interface GdeltOptions {
  /** Write the column names as a first line (GDELT's own files have none). */
  header?: boolean;
}

type Cell = string | number | null | undefined;

const ROLES: ReadonlySet<string> = new Set(ROLE_CODES);
const GROUP_PREFIXES = new Set(["IGO", "NGO", "NGM", "IMG"]);

/** Stable positive id from the event's identity (story, position, code, actors). */
export function gdeltEventId(e: EventRecord): number {
  const key = [
    e.story,
    e.sentenceIndex,
    e.span[0],
    e.span[1],
    e.trigger[0],
    e.trigger[1],
    e.code,
    e.source.code,
    e.target?.code ?? "",
  ].join("\u0000");
  const id = Number.parseInt(createHash("sha1").update(key).digest("hex").slice(0, 12), 16);
  return id === 0 ? 1 : id;
}

interface DateCells {
  sqlDate: string;
  monthYear: string;
  year: string;
  fraction: string;
}

const NO_DATE: DateCells = { sqlDate: "", monthYear: "", year: "", fraction: "" };

export function gdeltDate(date: string | null): DateCells {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return NO_DATE;
  const [, y, mm = "01", dd = "01"] = m as unknown as [string, string, string?, string?];
  const fraction = Number(y) + ((Number(mm) - 1) * 30 + Number(dd)) / 365;
  return { sqlDate: `${y}${mm}${dd}`, monthYear: `${y}${mm}`, year: y, fraction: fraction.toFixed(4) };
}

function chunks(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

function actorCells(a: EventActor | null): Cell[] {
  if (!a) return ["", "", "", "", "", "", "", "", "", ""];
  const parts = chunks(a.code);
  const country = a.country && a.country !== "---" ? a.country : "";
  const rest = country && parts[0] === country ? parts.slice(1) : parts;
  const types = [...new Set([...(a.role ? [a.role] : []), ...rest.filter((p) => ROLES.has(p))])];
  const last = parts[parts.length - 1] ?? "";
  const group = GROUP_PREFIXES.has(parts[0] ?? "") && parts.length > 1 && !ROLES.has(last) ? last : "";
  return [a.code, a.text.toUpperCase(), country, group, "", "", "", types[0], types[1], types[2]];
}

function geoType(p: Place & { kind?: string }): number {
  const us = p.country === "USA";
  const kind = p.kind ?? (p.lat === null || p.lon === null ? "country" : "city");
  if (kind === "country") return 1;
  if (kind === "region") return us ? 2 : 5;
  return us ? 3 : 4;
}

function actionGeoCells(p: Place | null): Cell[] {
  if (!p) return [0, "", "", "", "", "", "", ""];
  const type = geoType(p);
  const fips = iso3ToFips(p.country) ?? "";
  const countryLevel = type === 1 ? fips : "";
  return [type, p.name, fips, countryLevel, "", p.lat, p.lon, countryLevel];
}

const EMPTY_ACTOR_GEO: Cell[] = [0, "", "", "", "", "", "", ""];

export function gdeltRow(e: EventRecord, meta: GdeltMeta): Cell[] {
  const d = gdeltDate(e.date);
  return [
    gdeltEventId(e),
    d.sqlDate,
    d.monthYear,
    d.year,
    d.fraction,
    ...actorCells(e.source),
    ...actorCells(e.target),
    1,
    e.code,
    e.code.length > 3 ? e.code.slice(0, 3) : e.code,
    e.root,
    e.quad,
    e.goldstein,
    1,
    1,
    1,
    0,
    ...EMPTY_ACTOR_GEO,
    ...EMPTY_ACTOR_GEO,
    ...actionGeoCells(e.place),
    meta.dateAdded,
    meta.stories.get(e.story)?.url ?? "",
  ];
}

function cell(v: Cell): string {
  return v === null || v === undefined ? "" : String(v).replace(/[\t\r\n]/g, " ");
}

export function toGdelt(events: readonly EventRecord[], meta: GdeltMeta, options: GdeltOptions = {}): string {
  if (!/^\d{14}$/.test(meta.dateAdded))
    throw new RangeError(`dateAdded must be YYYYMMDDHHMMSS: ${meta.dateAdded}`);
  const lines = events.map((e) => gdeltRow(e, meta).map(cell).join("\t"));
  if (options.header) lines.unshift(GDELT_EVENT_COLUMNS.join("\t"));
  return lines.map((l) => `${l}\n`).join("");
}
