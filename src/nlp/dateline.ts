/**
 * A wire-style dateline at the start of a story body: "HANOI, Vietnam (AP) — …",
 * "MOSCOW, April 13 - …", "CAIRO — …". Returns the place name and the dateline's character span.
 */
const DATELINE =
  /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?(?: \d{1,2})?)?(?: \([^)\n]{1,30}\))? ?[-–—:] /;

export interface Dateline {
  /** The place in title case ("Hanoi"). */
  name: string;
  /** [start, end) of the whole dateline in the text. */
  span: [number, number];
}

export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (m === null) return null;
  const name = m[1].toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  return { name, span: [0, m[0].length] };
}
