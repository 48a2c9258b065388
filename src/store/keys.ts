/**
 * Identities the store computes from stories and events: pure functions, no database.
 *
 *  - A story is known by its URL when it has one (fragment dropped, host lower-cased), and by
 *    "sha256:<content hash>" otherwise. Its content hash covers title, publication date and body:
 *    everything the coder reads, so an unchanged hash means unchanged events.
 *  - Its outlet is the URL's host without a leading "www.", or "unknown".
 *  - An event's dedup key is source actor code | target actor code | CAMEO root | place country;
 *    two mentions with the same key and the same date (or dates within the dedup window) are one event.
 */
import { createHash } from "node:crypto";
import type { EventRecord, Story } from "../model/types.js";

/** The URL in canonical form (no fragment, lower-case scheme and host), or null when it is not a URL. */
export function canonicalUrl(url: string | null): string | null {
  if (url === null) return null;
  const trimmed = url.trim();
  if (trimmed === "") return null;
  try {
    const u = new URL(trimmed);
    u.hash = "";
    return u.href;
  } catch {
    return trimmed;
  }
}

/** SHA-256 over what the coder reads: title, publication date and text. */
export function contentHash(story: Pick<Story, "title" | "published" | "text">): string {
  return createHash("sha256")
    .update(story.title ?? "")
    .update("\u0000")
    .update(story.published ?? "")
    .update("\u0000")
    .update(story.text)
    .digest("hex");
}

/** The story's identity in the store: its canonical URL, or "sha256:<hash>" without one. */
export function storyKey(story: Story, hash = contentHash(story)): string {
  return canonicalUrl(story.url) ?? `sha256:${hash}`;
}

/** The URL's host without "www.", lower-cased; "unknown" without a (parsable http) URL. */
export function outletOf(url: string | null): string {
  if (url === null) return "unknown";
  try {
    const u = new URL(url.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return "unknown";
    const host = u.hostname.toLowerCase().replace(/^www\./, "");
    return host === "" ? "unknown" : host;
  } catch {
    return "unknown";
  }
}

export type DatePrecision = "day" | "month" | "year";

export interface EventDate {
  /** As stated: YYYY-MM-DD, YYYY-MM or YYYY; null when the event has no date. */
  date: string | null;
  /** The first day of that period (YYYY-MM-DD), for series and range filters. */
  day: string | null;
  precision: DatePrecision | null;
}

/** Splits an event date into its padded day and precision; anything else counts as no date. */
export function eventDate(date: string | null): EventDate {
  const m = date === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m || date === null) return { date: null, day: null, precision: null };
  const [, y, mm, dd] = m;
  const precision: DatePrecision = dd !== undefined ? "day" : mm !== undefined ? "month" : "year";
  return { date, day: `${y}-${mm ?? "01"}-${dd ?? "01"}`, precision };
}

/** Source code | target code | CAMEO root | place country ("" for a missing part). */
export function dedupKey(e: EventRecord): string {
  return [e.source.code, e.target?.code ?? "", e.root, e.place?.country ?? ""].join("|");
}

/** Days between two YYYY-MM-DD dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether a mention dated `date` belongs to an event dated `eventDate` under a window of
 * `windowDays`: identical values always match; two full dates match when at most `windowDays`
 * apart; month-only, year-only and missing dates match only identical values.
 */
export function datesMatch(date: string | null, eventDateValue: string | null, windowDays: number): boolean {
  if (date === eventDateValue) return true;
  if (windowDays <= 0 || date === null || eventDateValue === null) return false;
  const a = eventDate(date);
  const b = eventDate(eventDateValue);
  if (a.precision !== "day" || b.precision !== "day" || a.day === null || b.day === null) return false;
  return Math.abs(daysBetween(a.day, b.day)) <= windowDays;
}
