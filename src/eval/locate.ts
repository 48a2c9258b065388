/**
 * Finds a gold `sentence` fragment in a story body. Quotes, apostrophes, dashes and
 * whitespace are normalised on both sides; offsets returned index the original body.
 */
import type { Span } from "../model/types.js";

const CHAR_MAP: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u02bc": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2026": "...",
};

/** Normalised text plus, for each of its characters, the offset of the source character. */
export interface Normalised {
  text: string;
  offsets: number[];
}

/** Normalises `s` (optionally lower-casing it), keeping a map back to original offsets. */
export function normalise(s: string, lower = false): Normalised {
  let text = "";
  const offsets: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        text += " ";
        offsets.push(i);
      }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    let out = CHAR_MAP[ch] ?? ch;
    if (lower) {
      const l = out.toLowerCase();
      if (l.length === out.length) out = l;
    }
    for (const c of out) {
      text += c;
      offsets.push(i);
    }
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

function occurrences(hay: Normalised, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  let at = hay.text.indexOf(needle);
  while (at >= 0) {
    const start = hay.offsets[at] as number;
    const last = hay.offsets[at + needle.length - 1] as number;
    spans.push([start, last + 1]);
    at = hay.text.indexOf(needle, at + 1);
  }
  return spans;
}

/**
 * Every place where `fragment` occurs in `body`, as [start, end) offsets into `body`:
 * first an exact match after normalisation, then a case-insensitive one. Empty when not found.
 */
export function locate(body: string, fragment: string): Span[] {
  const exact = occurrences(normalise(body), normalise(fragment).text);
  if (exact.length > 0) return exact;
  return occurrences(normalise(body, true), normalise(fragment, true).text);
}

/** True when half-open spans [a0, a1) and [b0, b1) share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
