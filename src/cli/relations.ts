import { PERIODS, type Period, type RelationsResult, relations, SHIFT_DEFAULTS } from "../relations/index.js";
import { DEFAULT_DB, Store } from "../store/db.js";
import { FilterError } from "../store/filters.js";
import { parseCommand } from "./args.js";
import type { Io } from "./io.js";

export const RELATIONS_HELP = `rift relations <A> <B> [--by day|week|month] [--both] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--db FILE]
  How relations between two actors moved, from the events in the store.
  A, B       a country (AZE) or a CAMEO actor code prefix (AZEGOV, IGOUNO); events from A to B
  --both     count events both ways
  --by       period: day, week (ISO, from Monday; default) or month
  --json     print the series and shifts as JSON
  Per period: events by quad class (verbal/material cooperation, verbal/material conflict), total
  and mean Goldstein, and the relations index (C − K) / (C + K): C the summed Goldstein of
  cooperative events, K the summed magnitude of conflictual ones (+1 all cooperation, −1 all
  conflict). A shift is a period whose net Goldstein is ${SHIFT_DEFAULTS.threshold}+ standard deviations (floor ${SHIFT_DEFAULTS.sdFloor}) away
  from the mean of the ${SHIFT_DEFAULTS.window} periods before it; the events that drove it are listed.
`;

const QUAD_HEAD = ["vcoop", "mcoop", "vconf", "mconf"];

function fmt(n: number | null, digits = 2): string {
  return n === null ? "—" : n.toFixed(digits);
}

export function formatRelations(r: RelationsResult): string {
  const arrow = r.both ? "↔" : "→";
  const total = r.series.reduce((a, p) => a + p.events, 0);
  const lines: string[] = [];
  lines.push(
    `${r.a} ${arrow} ${r.b} by ${r.by}, ${r.from ?? "—"} … ${r.to ?? "—"}: ${r.series.length} ${r.by}${r.series.length === 1 ? "" : "s"}, ${total} event${total === 1 ? "" : "s"}`,
  );
  if (r.series.length === 0) {
    lines.push("no events for this dyad");
    return `${lines.join("\n")}\n`;
  }
  const head = ["period", "events", ...QUAD_HEAD, "goldstein", "mean", "index"];
  const rows = r.series.map((p) => [
    p.period,
    String(p.events),
    ...p.quad.map(String),
    p.goldsteinTotal.toFixed(1),
    fmt(p.goldsteinMean),
    fmt(p.index),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  lines.push(line(head));
  for (const row of rows) lines.push(line(row));
  lines.push("");
  if (r.shifts.length === 0) {
    lines.push("no shifts");
  } else {
    lines.push(`shifts (${r.shifts.length}):`);
    for (const s of r.shifts) {
      lines.push(
        `  ${s.period}  ${s.direction === "up" ? "▲ toward cooperation" : "▼ toward conflict"}  net Goldstein ${s.value.toFixed(1)} vs ${s.baselineMean.toFixed(1)} ± ${s.baselineSd.toFixed(1)} before (z ${s.z.toFixed(1)})`,
      );
      for (const d of s.drivers) {
        const said = d.sentence
          ? `  “${d.sentence.length > 100 ? `${d.sentence.slice(0, 99)}…` : d.sentence}”`
          : "";
        lines.push(
          `      event ${d.id}  ${d.date ?? "—"}  ${d.source} → ${d.target ?? "—"}  ${d.code}  ${d.goldstein > 0 ? "+" : ""}${d.goldstein}  ${d.numMentions} mention${d.numMentions === 1 ? "" : "s"}/${d.numSources} source${d.numSources === 1 ? "" : "s"}${said}`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function runRelations(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommand(
    "relations",
    argv,
    {
      db: { type: "string", default: DEFAULT_DB },
      by: { type: "string", default: "week" },
      both: { type: "boolean" },
      from: { type: "string" },
      to: { type: "string" },
      json: { type: "boolean" },
    },
    RELATIONS_HELP,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const by = values.by as Period;
  if (!PERIODS.includes(by)) {
    io.err(`rift relations: --by must be day, week or month, got "${values.by}"\n`);
    return 2;
  }
  if (positionals.length !== 2) {
    io.err(`rift relations: name two actors, e.g. rift relations AZE RUS\n${RELATIONS_HELP}`);
    return 2;
  }
  const [a, b] = positionals as [string, string];
  let store: Store;
  try {
    store = await Store.openForReading(values.db as string);
  } catch (e) {
    io.err(`rift relations: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const result = await relations(store, {
      a,
      b,
      both: values.both === true,
      by,
      from: values.from as string | undefined,
      to: values.to as string | undefined,
    });
    io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatRelations(result));
    return 0;
  } catch (e) {
    io.err(`rift relations: ${(e as Error).message}\n`);
    return e instanceof FilterError ? 2 : 1;
  } finally {
    store.close();
  }
}
