import { writeFileSync } from "node:fs";
import { codeDoc, DEFAULT_MIN_CONFIDENCE, defaultKnowledge } from "../index.js";
import { readInputs } from "../ingest/index.js";
import type { EventRecord, Problem } from "../model/types.js";
import { toCsv } from "../output/csv.js";
import { toGdelt } from "../output/gdelt.js";
import { toJsonl } from "../output/jsonl.js";
import { toTable } from "../output/table.js";
import { parseCommand } from "./args.js";
import { formatProblem, type Io } from "./io.js";

const FORMATS = ["table", "jsonl", "csv", "gdelt"] as const;
type Format = (typeof FORMATS)[number];

export const CODE_HELP = `rift code <paths…|-> [--format table|jsonl|csv|gdelt] [--out FILE] [--date YYYY-MM-DD]
  Codes stories (text, HTML, JSON Lines files or folders; "-" for stdin) into CAMEO events.
  --format   table (default), jsonl, csv, or gdelt (GDELT 2.0 event TSV, 61 columns)
  --out      write events to FILE instead of standard output
    --date     publication date for stories that carry none
  --min-confidence N   leave out events below confidence N (0–1, default 0.6; 0 keeps all)
`;

export async function runCode(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(
    "code",
    argv,
    {
      format: { type: "string", default: "table" },
      out: { type: "string" },
      date: { type: "string" },
      "min-confidence": { type: "string" },
    },
    CODE_HELP,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const date = values.date as string | undefined;
  const out = values.out as string | undefined;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(`rift code: unknown --format "${values.format}" (use ${FORMATS.join(", ")})\n`);
    return 2;
  }
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.err(`rift code: --date must be YYYY-MM-DD, got "${values.date}"\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.err(`rift code: name at least one file or folder, or "-" for standard input\n${CODE_HELP}`);
    return 2;
  }
  const minConfidence =
    values["min-confidence"] === undefined ? DEFAULT_MIN_CONFIDENCE : Number(values["min-confidence"]);
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    io.err(`rift code: --min-confidence must be a number from 0 to 1, got "${values["min-confidence"]}"\n`);
    return 2;
  }
  const kb = defaultKnowledge();
  const events: EventRecord[] = [];
  const stories = new Map<string, { url: string | null; published: string | null }>();
  let failed = 0;
  let coded = 0;
  const report = (p: Problem) => {
    if (p.severity === "error") failed++;
    io.err(formatProblem(p));
  };
  for await (const item of readInputs(positionals, { date })) {
    if (item.kind === "problem") {
      report(item.problem);
      continue;
    }
    for (const p of item.problems) report(p);
    const result = codeDoc(item.story, kb, { minConfidence });
    for (const p of result.problems) report(p);
    stories.set(item.story.id, { url: item.story.url, published: item.story.published });
    events.push(...result.events);
    coded++;
  }
  const text =
    format === "jsonl"
      ? toJsonl(events)
      : format === "csv"
        ? toCsv(events, { header: true })
        : format === "gdelt"
          ? toGdelt(events, { stories, dateAdded: dateAddedOf(stories) })
          : toTable(events);
  if (out) writeFileSync(out, text);
  else io.out(text);
  io.err(
    `rift: coded ${coded} stor${coded === 1 ? "y" : "ies"}, ${events.length} event(s)${failed ? `, ${failed} failed` : ""}\n`,
  );
  return failed > 0 ? 1 : 0;
}

/** GDELT's DATEADDED: the latest publication date in the batch (never the clock, so output is reproducible). */
function dateAddedOf(stories: Map<string, { published: string | null }>): string {
  let latest = "";
  for (const s of stories.values()) if (s.published && s.published > latest) latest = s.published;
  return latest ? `${latest.replaceAll("-", "")}000000` : "";
}
