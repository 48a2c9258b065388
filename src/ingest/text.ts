import type { Origin } from "../model/types.js";
import { parseDate } from "./dates.js";
import { finishStory, type ParseOptions, type ReadItem } from "./item.js";
import { cleanLine, isHttpUrl, normalizeNewlines, reduceMarkdownLinks, tidyBody } from "./normalize.js";

/**
 * Plain-text stories. Three layouts are recognised, in this order:
 *  a) header:  title / date line / URL or source note / blank / body      (line 2 must be a date)
 *  b) seed:    [blank lines] title / blank lines / human date line / [photo credit] / body
 *              / "Original url:" trailer                                   (a date line or the trailer)
 *  c) plain:   anything else; the whole text is the body, title = first line when short.
 * In every layout Markdown links "[text](target)" become their text, "Related article: …" /
 * "Read more: …" lines are dropped and an "Original url: <…>" trailer is removed (and used as URL).
 */

/** Longest first line that counts as a title in the seed and plain layouts. */
const MAX_TITLE = 200;
/** Longest line that counts as a photo credit. */
const MAX_CREDIT = 150;

interface Layout {
  title: string | null;
  published: string | null;
  url: string | null;
  body: string[];
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === "";

function stripAngles(value: string): string {
  const t = value.trim();
  return t.startsWith("<") && t.endsWith(">") ? t.slice(1, -1).trim() : t;
}

/** A line that names where the story came from: a URL, "www.…", or "domain.tld/…" first word. */
function isSourceLine(line: string): boolean {
  const first = stripAngles(line).split(/\s+/)[0] ?? "";
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/i.test(first);
}

const BOILERPLATE =
  /^\s*\[?\s*(?:related(?: articles?| stories| story| content)?|read more|read also|also read|see also|read|watch|listen)\s*:/i;

/** Removes a trailing "Original url: <https://…>" (on one line or two) and returns the URL it names. */
function takeTrailer(lines: string[]): { lines: string[]; url: string | null } {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end--;
  if (end === 0) return { lines, url: null };
  const last = lines[end - 1].trim();
  const inline = /^original url\s*:\s*(\S+)$/i.exec(last);
  if (inline) {
    const url = stripAngles(inline[1]);
    return { lines: lines.slice(0, end - 1), url: isHttpUrl(url) ? url : null };
  }
  const candidate = stripAngles(last);
  if (!/^\S+$/.test(candidate)) return { lines, url: null };
  let prev = end - 2;
  while (prev >= 0 && isBlank(lines[prev])) prev--;
  if (prev >= 0 && /^original url\s*:\s*$/i.test(lines[prev].trim())) {
    return { lines: lines.slice(0, prev), url: isHttpUrl(candidate) ? candidate : null };
  }
  return { lines, url: null };
}

function headerLayout(lines: string[]): Layout | null {
  if (isBlank(lines[0]) || isBlank(lines[1])) return null;
  const published = parseDate(lines[1]);
  if (published === null) return null;
  let start = 2;
  let url: string | null = null;
  if (isBlank(lines[2])) start = 3;
  else if (isSourceLine(lines[2])) {
    const candidate = stripAngles(lines[2]);
    url = isHttpUrl(candidate) ? candidate : null;
    start = 3;
  }
  return { title: lines[0], published, url, body: lines.slice(start) };
}

function isCredit(line: string): boolean {
  const t = line.trim();
  if (t.length > MAX_CREDIT || /[.!?:;"”’]$/.test(t)) return false;
  return (
    / \/ /.test(t) ||
    /^(?:photo|image|picture|credit|source|illustration)s?\b/i.test(t) ||
    /©|\b(?:getty images|reuters|afp|ap photo|epa|tass|ria novosti|sputnik|xinhua|anadolu|shutterstock)\b/i.test(
      t,
    )
  );
}

function seedLayout(lines: string[], hasTrailer: boolean): Layout | null {
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  const titleAt = i;
  if (titleAt >= lines.length || lines[titleAt].trim().length > MAX_TITLE) return null;
  i++;
  if (!isBlank(lines[i])) return null; // the seed title stands alone
  while (i < lines.length && isBlank(lines[i])) i++;
  const published = i < lines.length ? parseDate(lines[i]) : null;
  if (published === null && !hasTrailer) return null;
  if (published !== null) {
    i++;
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j < lines.length && isCredit(lines[j]) && isBlank(lines[j + 1])) i = j + 1;
  }
  return { title: lines[titleAt], published, url: null, body: lines.slice(i) };
}

function plainLayout(lines: string[]): Layout {
  const first = lines.find((line) => !isBlank(line));
  const title = first !== undefined && first.trim().length <= MAX_TITLE ? first : null;
  return { title, published: null, url: null, body: lines };
}

/** Parses a plain-text story (any of the three layouts). Never throws. */
export function parseTextStory(text: string, origin: Origin, id: string, opts?: ParseOptions): ReadItem {
  const all = normalizeNewlines(text).split("\n");
  const trailer = takeTrailer(all);
  const lines = trailer.lines;
  const layout = headerLayout(lines) ?? seedLayout(lines, trailer.lines !== all) ?? plainLayout(lines);
  const body = layout.body.filter((line) => !BOILERPLATE.test(line)).join("\n");
  const title = layout.title === null ? null : cleanLine(reduceMarkdownLinks(layout.title)) || null;
  return finishStory(
    {
      id,
      url: layout.url ?? trailer.url,
      title,
      published: layout.published,
      text: tidyBody(reduceMarkdownLinks(body)),
    },
    origin,
    opts,
  );
}
