/**
 * Test helpers for the store: stories written for the tests and a "marker" coder that reads
 * events from markers in the text, so store tests do not depend on the dictionaries.
 *
 *   {{AZEGOV>RUSGOV 112 2025-06-01 AZE}}  source>target code date place-country
 *   {{AZEGOV>- 190 2025-06 -}}            no target, month-only date, no place
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EventActor, EventRecord, Story } from "../../src/model/types.js";
import type { CodeOutput, Coder } from "../../src/store/writer.js";

const QUAD: Record<string, [number, number]> = {
  "01": [1, 0],
  "03": [1, 4],
  "04": [1, 1],
  "05": [1, 3.5],
  "06": [2, 6],
  "07": [2, 7],
  "11": [3, -2],
  "12": [3, -4],
  "13": [3, -4.4],
  "14": [3, -6.5],
  "17": [4, -5],
  "18": [4, -9],
  "19": [4, -10],
};

function actor(code: string): EventActor {
  const country = /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|IMG|REB)/.test(code) ? code.slice(0, 3) : null;
  const role = code.length > 3 ? code.slice(3, 6) : null;
  return { code, country, role, text: `the ${code} actor`, entries: [`test.${code}`] };
}

export function record(
  story: string,
  src: string,
  tgt: string | null,
  code: string,
  date: string | null,
  place: string | null,
  extra: Partial<EventRecord> = {},
): EventRecord {
  const root = code.slice(0, 2);
  const [quad, goldstein] = QUAD[root] ?? [1, 0];
  return {
    story,
    sentenceIndex: 0,
    sentence: `${src} did ${code} to ${tgt ?? "nobody"}.`,
    span: [0, 10],
    trigger: [4, 8],
    source: actor(src),
    target: tgt ? actor(tgt) : null,
    code,
    root,
    quad,
    goldstein,
    plover: null,
    date,
    dateStated: date !== null,
    place: place ? { name: `${place} city`, country: place, lat: 1, lon: 2 } : null,
    placeStated: place !== null,
    rule: `${code}.test`,
    confidence: 0.7,
    ...extra,
  };
}

const MARKER = /\{\{([A-Z-]+)>([A-Z-]+) (\d{3,4}) (\S+) (\S+)(?: c=([\d.]+))?\}\}/g;

/** Events from {{SRC>TGT CODE DATE PLACE [c=CONF]}} markers ("-" for none); "{{boom}}" throws. */
export const markerCoder: Coder = (story: Story): CodeOutput => {
  if (story.text.includes("{{boom}}")) throw new Error("the test coder was told to fail");
  const events: EventRecord[] = [];
  let i = 0;
  for (const m of story.text.matchAll(MARKER)) {
    const [, src, tgt, code, date, place, conf] = m as unknown as string[];
    events.push(
      record(
        story.id,
        src,
        tgt === "-" ? null : tgt,
        code,
        date === "-" ? null : date,
        place === "-" ? null : place,
        {
          sentenceIndex: i++,
          confidence: conf ? Number(conf) : 0.7,
        },
      ),
    );
  }
  return { events, problems: [] };
};

export function story(id: string, text: string, url: string | null = null, published = "2025-06-30"): Story {
  return {
    id,
    url,
    title: `Story ${id}`,
    published,
    text,
    origin: { file: null, line: null, format: "inline" },
  };
}

export function tempDir(prefix = "rift-store-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
