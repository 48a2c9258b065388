/**
 * Builds data/cameo/codes.json from the shared reference tables (run once; the output is committed,
 * so Rift never needs the reference folder at run time).
 *
 *   npx tsx scripts/build-cameo.ts [path-to-shared-reference]   (default ../shared/reference)
 *
 * Rules (one place, recorded per code under `from` in the output):
 *  - codes: every code in cameo_event_codes_crosswalk.tsv plus any in cameo_1.1b3_event_codes.tsv.
 *  - name: CAMEO 1.1b3, else the GDELT lookup, else ICEWS, else CAMEO 0.7b5, else the parent's name
 *    marked "(unlisted subcode)".
 *  - goldstein: GDELT, else ICEWS, else Phoenix, else the nearest ancestor's value.
 *  - quad: GDELT quad class column, else the GDELT rule by root (01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4).
 *  - plover: crosswalk plover_event/plover_mode, else CAMEO2PLOVER-2021.txt, else by root
 *    (quadclass_by_root.tsv); roots 01 and 02 → null. "X; X" duplicates collapse to X; a "mode" that is
 *    really a PLOVER context name (175: pro_autocracy) becomes null.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

type Row = Record<string, string>;

interface Plover {
  event: string;
  mode: string | null;
}

interface CodeOut {
  code: string;
  root: string;
  level: number;
  name: string;
  goldstein: number;
  quad: number;
  plover: Plover | null;
  /** True when the code is in the CAMEO 1.1b3 manual (false for Phoenix/ICEWS-only extensions). */
  standard: boolean;
  from: { name: string; goldstein: string; quad: string; plover: string };
}

const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const refDir = resolve(process.argv[2] ?? join(ROOT_DIR, "..", "shared", "reference"));
const outFile = join(ROOT_DIR, "data", "cameo", "codes.json");

function readTsv(file: string): Row[] {
  const lines = readFileSync(join(refDir, file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const head = (lines[0] ?? "").split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const row: Row = {};
    head.forEach((h, i) => {
      row[h] = (cells[i] ?? "").trim();
    });
    return row;
  });
}

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function gdeltQuadRule(root: string): number {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}

/** "ASSAULT; ASSAULT" → "ASSAULT"; "" → null; first of several distinct values. */
function single(s: string | undefined): string | null {
  const parts = [...new Set((s ?? "").split(";").map((p) => p.trim()))].filter((p) => p.length > 0);
  return parts[0] ?? null;
}

/** CAMEO2PLOVER-2021.txt: "code: EVENT, mode, context # comment"; first occurrence of a code wins. */
function readCameo2Plover(): Map<string, Plover> {
  const map = new Map<string, Plover>();
  for (const raw of readFileSync(join(refDir, "CAMEO2PLOVER-2021.txt"), "utf8").split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "");
    const m = /^\s*(\d{2,4})\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, code, rest] = m as unknown as [string, string, string];
    if (map.has(code)) continue;
    const [event, mode] = rest.split(",").map((p) => p.trim());
    if (!event) continue;
    map.set(code, { event, mode: mode ? mode : null });
  }
  return map;
}

function main(): void {
  const crosswalk = readTsv("cameo_event_codes_crosswalk.tsv");
  const manual = readTsv("cameo_1.1b3_event_codes.tsv");
  const byRoot = new Map(readTsv("quadclass_by_root.tsv").map((r) => [r.root as string, r]));
  const contexts = new Set(readTsv("plover_contexts.tsv").map((r) => r.context));
  const ploverTypes = new Set(readTsv("plover_event_types.tsv").map((r) => r.event));
  const c2p = readCameo2Plover();

  const manualNames = new Map(manual.map((r) => [r.code as string, r]));
  const rows = new Map<string, Row>(crosswalk.map((r) => [r.code as string, r]));
  for (const r of manual) {
    if (!rows.has(r.code as string)) {
      rows.set(r.code as string, {
        code: r.code as string,
        level: r.level as string,
        root: r.root as string,
      });
    }
  }

  const rootPlover = (root: string): Plover | null => {
    const cell = byRoot.get(root)?.plover_category_per_manual_table ?? "";
    const word = /^[A-Z]+/.exec(cell)?.[0];
    return word && ploverTypes.has(word) ? { event: word, mode: null } : null;
  };

  const out: CodeOut[] = [];
  // Plain string order puts every parent before its children ("01" < "010" < "0110" < "012").
  const codes = [...rows.keys()].sort();
  const done = new Map<string, CodeOut>();
  for (const code of codes) {
    const r = rows.get(code) as Row;
    const root = code.slice(0, 2);

    // name
    const manualName = manualNames.get(code)?.name ?? "";
    let name = manualName || r.name_cameo_1_1b3 || r["name_cameo_1.1b3"] || "";
    let nameFrom = "cameo_1.1b3";
    if (!name && r.name_gdelt_lookup) [name, nameFrom] = [r.name_gdelt_lookup, "gdelt"];
    if (!name && r.name_icews) [name, nameFrom] = [r.name_icews, "icews"];
    if (!name && r["name_cameo_0.7b5"]) [name, nameFrom] = [r["name_cameo_0.7b5"] as string, "cameo_0.7b5"];
    if (!name) {
      const parent = done.get(code.slice(0, code.length - 1)) ?? done.get(root);
      name = `${parent?.name ?? "Unknown"} (unlisted subcode)`;
      nameFrom = "parent";
    }

    // goldstein
    let goldstein = num(r.goldstein_gdelt);
    let gFrom = "gdelt";
    if (goldstein === null) [goldstein, gFrom] = [num(r.goldstein_icews), "icews"];
    if (goldstein === null) [goldstein, gFrom] = [num(r.goldstein_phoenix_parus), "phoenix"];
    if (goldstein === null) {
      for (let len = code.length - 1; len >= 2 && goldstein === null; len--) {
        const anc = done.get(code.slice(0, len));
        if (anc) [goldstein, gFrom] = [anc.goldstein, `parent:${anc.code}`];
      }
    }
    if (goldstein === null) throw new Error(`no Goldstein value for ${code}`);

    // quad
    const rule = gdeltQuadRule(root);
    let quad = num(r.quadclass_gdelt_empirical);
    let qFrom = "gdelt";
    if (quad === null) [quad, qFrom] = [rule, "rule"];
    if (quad !== rule) throw new Error(`GDELT quad class for ${code} (${quad}) disagrees with the root rule`);

    // plover
    let plover: Plover | null = null;
    let pFrom = "none";
    const event = single(r.plover_event);
    if (event) {
      const mode = single(r.plover_mode);
      plover = { event, mode: mode && !contexts.has(mode) ? mode : null };
      pFrom = "crosswalk";
    } else if (c2p.has(code)) {
      const p = c2p.get(code) as Plover;
      plover = { event: p.event, mode: p.mode && !contexts.has(p.mode) ? p.mode : null };
      pFrom = "cameo2plover";
    } else {
      plover = rootPlover(root);
      pFrom = plover ? "root" : "none";
    }
    if (plover && !ploverTypes.has(plover.event))
      throw new Error(`unknown PLOVER type ${plover.event} (${code})`);

    const entry: CodeOut = {
      code,
      root,
      level: num(r.level) ?? (code.length === 2 ? 0 : code.length - 1),
      name,
      goldstein,
      quad,
      plover,
      standard: manualNames.has(code),
      from: { name: nameFrom, goldstein: gFrom, quad: qFrom, plover: pFrom },
    };
    done.set(code, entry);
    out.push(entry);
  }

  const doc = {
    schema: "rift.cameo/1",
    version: "2026.11.1",
    source:
      "Generated by scripts/build-cameo.ts from the shared reference tables: cameo_event_codes_crosswalk.tsv, " +
      "cameo_1.1b3_event_codes.tsv (CAMEO manual 1.1b3), quadclass_by_root.tsv, plover_*.tsv and " +
      "CAMEO2PLOVER-2021.txt (openeventdata/PLOVER). Names: CAMEO 1.1b3 > GDELT > ICEWS > 0.7b5. " +
      "Goldstein: GDELT > ICEWS > Phoenix > nearest ancestor. Quad: GDELT (01-05 1, 06-09 2, 10-14 3, 15-20 4). " +
      "PLOVER: crosswalk > CAMEO2PLOVER > root; roots 01, 02 none. `from` records the choice per code.",
    codes: out,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  // One code per line: small diffs, easy to grep.
  const head = JSON.stringify({ ...doc, codes: [] }, null, 2).replace(/\[\]\n}$/, "");
  const body = out.map((c) => `    ${JSON.stringify(c)}`).join(",\n");
  writeFileSync(outFile, `${head}[\n${body}\n  ]\n}\n`);
  process.stdout.write(`wrote ${out.length} codes to ${outFile}\n`);
}

main();
