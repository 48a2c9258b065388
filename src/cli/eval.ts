/**
 * `rift eval`: scores the coder against gold stories or a sentence set, and `npm run eval`
 * (runEvalAll): every evaluation set in the shared folder at once.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type GoldProblem,
  type GoldStory,
  parseGold,
  parseSentences,
  type SentenceLine,
} from "../eval/gold.js";
import {
  evalJson,
  formatReport,
  ploverNote,
  SUMMARY_HEAD,
  summaryCells,
  table,
  tallyOf,
} from "../eval/report.js";
import { type Coder, runSentences, runStories } from "../eval/run.js";
import type { UnitResult } from "../eval/score.js";
import { isSplitChoice, SPLITS, type SplitChoice } from "../eval/split.js";
import { parseTextStory } from "../ingest/index.js";
import type { Origin, Story } from "../model/types.js";
import type { Io } from "./io.js";

export type StoryReader = (text: string, origin: Origin, id: string) => Story;

/** Replaceable parts, for tests: the coder and the story-file reader. */
export interface EvalDeps {
  coder?: Coder;
  readStory?: StoryReader;
}

const USAGE = `usage: rift eval --gold <gold.jsonl> --stories <dir> [options]
       rift eval --sentences <file.jsonl> [options]
options:
  --split dev|holdout|all   which half to report (default all; stable hash of the story/line id)
  --errors                  list every miss, false alarm and disagreeing match with its rule
  --json                    print one JSON object instead of the text report`;

/** The coder of src/index.ts, loaded on demand (it may not be built yet). */
async function loadCoder(): Promise<Coder> {
  const lib = await import("../index.js");
  const kb = lib.defaultKnowledge();
  return (story) => {
    const r = lib.codeDoc(story, kb);
    return { events: r.events, sentences: r.doc.sentences };
  };
}

/** Story files are read with the project's plain-text reader (src/ingest). */
export const readStoryFile: StoryReader = (text, origin, id) => {
  const item = parseTextStory(text, origin, id);
  if (item.kind === "problem") throw new Error(item.problem.message);
  return item.story;
};

/** Writes `s` as whole lines (the project's Io writes raw text). */
function say(write: (s: string) => void, s: string): void {
  write(s.endsWith("\n") ? s : `${s}\n`);
}

function formatProblem(p: GoldProblem): string {
  return `${p.file}:${p.line}: ${p.severity === "warning" ? "warning: " : ""}${p.message}`;
}

function isError(p: GoldProblem): boolean {
  return p.severity === "error";
}

export interface LoadedStories {
  gold: GoldStory[];
  stories: Map<string, Story>;
  problems: GoldProblem[];
}

/** Reads story gold and the story file named by each gold line's `doc`. */
export async function loadStorySet(
  goldFile: string,
  dir: string,
  reader: StoryReader,
): Promise<LoadedStories> {
  const parsed = parseGold(await readFile(goldFile, "utf8"), goldFile);
  const problems = [...parsed.problems];
  const stories = new Map<string, Story>();
  for (const g of parsed.items) {
    const file = join(dir, `${g.doc}.txt`);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      problems.push({
        severity: "error",
        file: goldFile,
        line: g.line,
        message: `story "${g.doc}" not found (${file})`,
      });
      continue;
    }
    try {
      const story = reader(text, { file, line: null, format: "text" }, g.doc);
      stories.set(g.doc, story.published === null ? { ...story, published: g.published } : story);
    } catch (e) {
      const message = `story "${g.doc}" could not be read: ${(e as Error).message}`;
      problems.push({ severity: "error", file: goldFile, line: g.line, message });
    }
  }
  return { gold: parsed.items, stories, problems };
}

export async function loadSentenceSet(
  file: string,
): Promise<{ lines: SentenceLine[]; problems: GoldProblem[] }> {
  const parsed = parseSentences(await readFile(file, "utf8"), file);
  return { lines: parsed.items, problems: parsed.problems };
}

interface Options {
  gold?: string;
  stories?: string;
  sentences?: string;
  errors: boolean;
  json: boolean;
  split: SplitChoice;
  help: boolean;
}

function parseOptions(argv: string[]): Options | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        gold: { type: "string" },
        stories: { type: "string" },
        sentences: { type: "string" },
        errors: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        split: { type: "string", default: "all" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return (e as Error).message;
  }
  const split = String(values.split);
  if (!isSplitChoice(split)) return `--split must be one of ${SPLITS.join(", ")}, not "${split}"`;
  const o: Options = {
    gold: values.gold as string | undefined,
    stories: values.stories as string | undefined,
    sentences: values.sentences as string | undefined,
    errors: values.errors === true,
    json: values.json === true,
    split,
    help: values.help === true,
  };
  if (o.help) return o;
  const storyMode = o.gold !== undefined || o.stories !== undefined;
  if (storyMode && (o.gold === undefined || o.stories === undefined))
    return "--gold and --stories go together";
  if (storyMode && o.sentences !== undefined) return "give either --gold/--stories or --sentences, not both";
  if (!storyMode && o.sentences === undefined)
    return "nothing to evaluate: give --gold and --stories, or --sentences";
  return o;
}

/**
 * Runs `rift eval`; returns the exit code: 0 ok (warnings allowed), 1 errors in the inputs
 * (a gold line that does not parse, a missing story, a gold fragment not in its story) or a
 * coder failure, 2 usage.
 */
export async function runEval(argv: string[], io: Io, deps: EvalDeps = {}): Promise<number> {
  const o = parseOptions(argv);
  if (typeof o === "string") {
    say(io.err, `rift eval: ${o}\n${USAGE}`);
    return 2;
  }
  if (o.help) {
    say(io.out, USAGE);
    return 0;
  }
  let coder: Coder;
  try {
    coder = deps.coder ?? (await loadCoder());
  } catch (e) {
    say(io.err, `rift eval: the coder cannot run: ${(e as Error).message}`);
    return 1;
  }
  let results: UnitResult[];
  let problems: GoldProblem[];
  let title: string;
  try {
    if (o.sentences !== undefined) {
      const set = await loadSentenceSet(o.sentences);
      results = runSentences(set.lines, coder, o.sentences);
      problems = set.problems;
      title = `Sentence set ${basename(o.sentences)}`;
    } else {
      const reader = deps.readStory ?? readStoryFile;
      const set = await loadStorySet(o.gold as string, o.stories as string, reader);
      results = runStories(set.gold, set.stories, coder);
      problems = set.problems;
      title = `Stories ${basename(o.gold as string)} (${o.stories})`;
    }
  } catch (e) {
    say(io.err, `rift eval: ${(e as Error).message}`);
    return 1;
  }
  for (const p of problems) say(io.err, formatProblem(p));
  const unitProblems = results.flatMap((r) => r.problems.map((p) => `${r.unit}: ${p}`));
  if (o.json) {
    for (const p of unitProblems) say(io.err, p);
    say(io.out, JSON.stringify(evalJson(results, o.split)));
  } else {
    say(io.out, formatReport({ title, results, split: o.split, errors: o.errors, problems: [] }));
  }
  return problems.some(isError) || unitProblems.length > 0 ? 1 : 0;
}

/** The repository root, from this file's place in it. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The shared evaluation folder: $RIFT_SHARED (the shared folder, or its eval folder itself)
 * or `shared/eval` next to the repository folder.
 */
export function sharedEvalDir(env: Record<string, string | undefined> = process.env): string {
  const shared = env.RIFT_SHARED ?? join(dirname(REPO_ROOT), "shared");
  const nested = join(shared, "eval");
  return existsSync(nested) ? nested : shared;
}

interface SetRun {
  name: string;
  results: UnitResult[];
  problems: GoldProblem[];
}

/** `npm run eval`: every set of the shared evaluation folder, one summary table. */
export async function runEvalAll(io: Io, deps: EvalDeps & { evalDir?: string } = {}): Promise<number> {
  const dir = deps.evalDir ?? sharedEvalDir();
  const goldFile = join(dir, "gold", "articles.jsonl");
  const storyDir = join(dir, "articles");
  const sentenceDir = join(dir, "sentences");
  const haveStories = existsSync(goldFile) && existsSync(storyDir);
  const sentenceFiles = existsSync(sentenceDir)
    ? (await readdir(sentenceDir)).filter((f) => f.endsWith(".jsonl")).sort()
    : [];
  if (!haveStories && sentenceFiles.length === 0) {
    say(io.out, `No evaluation data at ${dir} (set RIFT_SHARED to the shared folder): nothing to evaluate.`);
    return 0;
  }
  let coder: Coder;
  try {
    coder = deps.coder ?? (await loadCoder());
  } catch (e) {
    say(io.err, `rift eval: the coder cannot run: ${(e as Error).message}`);
    return 1;
  }
  const runs: SetRun[] = [];
  if (haveStories) {
    const set = await loadStorySet(goldFile, storyDir, deps.readStory ?? readStoryFile);
    runs.push({
      name: "articles",
      results: runStories(set.gold, set.stories, coder),
      problems: set.problems,
    });
  }
  for (const f of sentenceFiles) {
    const file = join(sentenceDir, f);
    const set = await loadSentenceSet(file);
    runs.push({
      name: f.replace(/\.jsonl$/, ""),
      results: runSentences(set.lines, coder, file),
      problems: set.problems,
    });
  }
  const rows: string[][] = [["set", "split", "units", ...SUMMARY_HEAD]];
  for (const run of runs) {
    for (const split of SPLITS) {
      const t = tallyOf(run.results, split);
      rows.push([run.name, split, String(t.units), ...summaryCells(t)]);
    }
  }
  say(io.out, `Evaluation data: ${dir}\n\n${table(rows)}`);
  const plover = runs.flatMap((r) => r.results).filter((r) => r.scheme === "plover");
  if (plover.length > 0) say(io.out, `\n${ploverNote(plover.reduce((n, r) => n + r.tally.duplicates, 0))}`);
  let failed = false;
  for (const run of runs) {
    const unitProblems = run.results.flatMap((r) => r.problems.map((p) => `${r.unit}: ${p}`));
    for (const p of [...run.problems.map(formatProblem), ...unitProblems]) say(io.err, `${run.name}: ${p}`);
    failed ||= run.problems.some(isError) || unitProblems.length > 0;
  }
  return failed ? 1 : 0;
}
