import { createWriteStream, type WriteStream } from "node:fs";
import { CSV_COLUMNS, csvField, toCsv } from "../output/csv.js";
import { GDELT_EVENT_COLUMNS, gdeltRow } from "../output/gdelt.js";
import { orderedRecord } from "../output/jsonl.js";
import { DEFAULT_DB, Store } from "../store/db.js";
import { type EventFilter, FilterError, parseDyad } from "../store/filters.js";
import { exportParquet, readEvents, type StoredEvent } from "../store/read.js";
import { parseCommand } from "./args.js";
import type { Io } from "./io.js";

const FORMATS = ["jsonl", "csv", "gdelt", "parquet"] as const;
type Format = (typeof FORMATS)[number];

export const EXPORT_HELP = `rift export [--format jsonl|csv|gdelt|parquet] [--out FILE] [filters] [--db FILE]
  Writes the store's deduplicated events, one row per event, with its mention counts.
  --format   jsonl (default): the EventRecord of its most confident telling plus eventId,
             numMentions, numStories, numSources, firstSeen, lastSeen, sourceUrl;
             csv: the CSV columns of rift code plus the same fields;
             gdelt: GDELT 2.0 event TSV (61 columns; NumMentions/NumSources/NumArticles from the store,
             DATEADDED = first seen, GLOBALEVENTID = the store's event id);
             parquet: the events table's columns (needs --out)
  --out      write to FILE instead of standard output
  Filters (combined with AND; repeat a flag or use commas for OR):
  --dyad A-B     events from A to B (a country like AZE or an actor code prefix like AZEGOV)
  --both         count --dyad either way
  --actor A      events with A as source or target
  --root 14      CAMEO root;  --code 141   CAMEO code (and its sub-codes)
  --from/--to    YYYY-MM-DD, inclusive, on the event's date
`;

const list = (v: string[] | undefined): string[] =>
  (v ?? [])
    .flatMap((x) => x.split(","))
    .map((x) => x.trim())
    .filter(Boolean);

const EXTRA = [
  "eventId",
  "numMentions",
  "numStories",
  "numSources",
  "firstSeen",
  "lastSeen",
  "sourceUrl",
] as const;

function extras(e: StoredEvent): (string | number | null)[] {
  return [e.id, e.numMentions, e.numStories, e.numSources, e.firstSeen, e.lastSeen, e.sourceUrl];
}

const GDELT_INDEX = (name: string) => (GDELT_EVENT_COLUMNS as readonly string[]).indexOf(name);
const G = {
  id: GDELT_INDEX("GLOBALEVENTID"),
  mentions: GDELT_INDEX("NumMentions"),
  sources: GDELT_INDEX("NumSources"),
  articles: GDELT_INDEX("NumArticles"),
  added: GDELT_INDEX("DATEADDED"),
  url: GDELT_INDEX("SOURCEURL"),
};

function gdeltLine(e: StoredEvent): string {
  const stories = new Map([[e.record.story, { url: e.sourceUrl, published: e.published }]]);
  const dateAdded = e.firstSeen.replace(/[-:T]/g, "").slice(0, 14);
  const row = gdeltRow(e.record, { stories, dateAdded });
  row[G.id] = e.id;
  row[G.mentions] = e.numMentions;
  row[G.sources] = e.numSources;
  row[G.articles] = e.numStories;
  row[G.added] = dateAdded;
  row[G.url] = e.sourceUrl ?? "";
  return `${row.map((v) => (v === null || v === undefined ? "" : String(v).replace(/[\t\r\n]/g, " "))).join("\t")}\n`;
}

function csvLine(e: StoredEvent): string {
  const base = toCsv([e.record], { header: false }).replace(/\r\n$/, "");
  return `${base},${extras(e).map(csvField).join(",")}\r\n`;
}

function jsonLine(e: StoredEvent): string {
  const extra = Object.fromEntries(EXTRA.map((k, i) => [k, extras(e)[i]]));
  return `${JSON.stringify({ ...orderedRecord(e.record), ...extra })}\n`;
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(
    "export",
    argv,
    {
      db: { type: "string", default: DEFAULT_DB },
      format: { type: "string", default: "jsonl" },
      out: { type: "string" },
      dyad: { type: "string", multiple: true },
      both: { type: "boolean" },
      actor: { type: "string", multiple: true },
      root: { type: "string", multiple: true },
      code: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      header: { type: "boolean" },
    },
    EXPORT_HELP,
    io,
    false,
  );
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(`rift export: unknown --format "${values.format}" (use ${FORMATS.join(", ")})\n`);
    return 2;
  }
  const out = values.out as string | undefined;
  if (format === "parquet" && !out) {
    io.err("rift export: --format parquet needs --out FILE\n");
    return 2;
  }
  let filter: EventFilter;
  try {
    filter = {
      dyads: list(values.dyad as string[] | undefined).map(parseDyad),
      both: values.both === true,
      actors: list(values.actor as string[] | undefined),
      roots: list(values.root as string[] | undefined),
      codes: list(values.code as string[] | undefined),
      from: values.from as string | undefined,
      to: values.to as string | undefined,
    };
  } catch (e) {
    io.err(`rift export: ${(e as Error).message}\n`);
    return 2;
  }
  let store: Store;
  try {
    store = await Store.openForReading(values.db as string);
  } catch (e) {
    io.err(`rift export: ${(e as Error).message}\n`);
    return 1;
  }
  let file: WriteStream | null = null;
  try {
    if (format === "parquet") {
      const n = await exportParquet(store, filter, out as string);
      io.err(`rift export: ${n} event${n === 1 ? "" : "s"} to ${out}\n`);
      return 0;
    }
    if (out) file = createWriteStream(out);
    const write = async (s: string) => {
      if (file === null) io.out(s);
      else if (!file.write(s)) await new Promise<void>((r) => file?.once("drain", () => r()));
    };
    if (format === "csv") await write(`${[...CSV_COLUMNS, ...EXTRA].join(",")}\r\n`);
    if (format === "gdelt" && values.header) await write(`${GDELT_EVENT_COLUMNS.join("\t")}\n`);
    const line = format === "csv" ? csvLine : format === "gdelt" ? gdeltLine : jsonLine;
    let n = 0;
    for await (const chunk of readEvents(store, filter)) {
      await write(chunk.map(line).join(""));
      n += chunk.length;
    }
    if (file !== null) {
      const f = file;
      await new Promise<void>((resolve, reject) => f.end((e?: Error | null) => (e ? reject(e) : resolve())));
      file = null;
    }
    io.err(`rift export: ${n} event${n === 1 ? "" : "s"}${out ? ` to ${out}` : ""}\n`);
    return 0;
  } catch (e) {
    io.err(`rift export: ${(e as Error).message}\n`);
    return e instanceof FilterError ? 2 : 1;
  } finally {
    file?.destroy();
    store.close();
  }
}
