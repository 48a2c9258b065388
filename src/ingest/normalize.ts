/** Text clean-up shared by the parsers. Every function is pure and total. */

/** Strips a leading byte-order mark and turns CRLF / lone CR into LF. */
export function normalizeNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, "\n");
}

/**
 * Tidies a body: trailing spaces of each line removed, runs of blank lines collapsed to one
 * blank line (paragraph separator), leading and trailing blank lines dropped.
 * `tidyBody(tidyBody(x)) === tidyBody(x)`.
 */
export function tidyBody(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push("");
    blank = false;
    out.push(line);
  }
  return out.join("\n").trim();
}

/** Collapses all whitespace (newlines included) to single spaces and trims: for titles. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Reduces Markdown links to their text: "[summoned](#)" → "summoned"; images "![alt](src)" are dropped.
 * Only the exact form `[text](target)` (no space between `]` and `(`) is touched.
 */
export function reduceMarkdownLinks(text: string): string {
  return text
    .replace(/!\[[^[\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "")
    .replace(/\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1");
}

/** True for an absolute http(s) URL (no spaces). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The file name without folders and without its last extension ("a/b/c.story.txt" → "c.story"). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
