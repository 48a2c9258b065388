import type { Origin, Problem, Story } from "../model/types.js";
import { isIsoDate } from "./dates.js";
import { problem, whereOf } from "./problems.js";

/** One result of reading input: a story (with its warnings) or a problem that stopped one. */
export type ReadItem =
  | { kind: "story"; story: Story; problems: Problem[] }
  | { kind: "problem"; problem: Problem };

/** Options the pure parsers take. */
export interface ParseOptions {
  /** Fallback publication date (YYYY-MM-DD) for stories that state none; invalid values are ignored. */
  date?: string;
}

export interface StoryFields {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  text: string;
}

/**
 * Turns parsed fields into a ReadItem: an empty body is an error ("no-text", or `emptyCode`),
 * a missing date falls back to `opts.date`, and without either the story gets a "no-date" warning.
 */
export function finishStory(
  fields: StoryFields,
  origin: Origin,
  opts: ParseOptions | undefined,
  problems: Problem[] = [],
  emptyCode = "no-text",
  emptyReason = "no story text",
): ReadItem {
  if (fields.text.trim() === "") {
    return { kind: "problem", problem: problem("error", emptyCode, emptyReason, whereOf(origin, fields.id)) };
  }
  const fallback = opts?.date !== undefined && isIsoDate(opts.date) ? opts.date : null;
  const published = fields.published ?? fallback;
  const all = [...problems];
  if (published === null) {
    all.push(
      problem(
        "warning",
        "no-date",
        `story "${fields.id}" has no publication date and no --date was given`,
        whereOf(origin, fields.id),
      ),
    );
  }
  return { kind: "story", story: { ...fields, published, origin }, problems: all };
}
