/**
 * Classifies the gold events Rift misses on the development stories: did a pattern of another
 * root fire, did a right-root pattern fire without giving an event, did nothing fire, or was the
 * dyad wrong? `npx tsx scripts/error-classes.ts [class prefix]` (with a prefix: lists the cases).
 * Reads ../shared/eval (or $RIFT_SHARED/eval); prints nothing but a note when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { locate } from "../src/eval/locate.js";
import { findTriggers } from "../src/events/triggers.js";
import { codeDoc, defaultKnowledge } from "../src/index.js";
import { parseTextStory } from "../src/ingest/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = process.env.RIFT_SHARED
  ? join(process.env.RIFT_SHARED, "eval")
  : join(root, "..", "shared", "eval");
const goldFile = join(evalDir, "gold", "articles.jsonl");
if (!existsSync(goldFile)) {
  process.stdout.write(`no gold stories at ${goldFile}\n`);
  process.exit(0);
}
const kb = defaultKnowledge();
const show = process.argv[2];
const counts = new Map<string, number>();
const c3 = (x: string) => x.slice(0, 3);
for (const line of readFileSync(goldFile, "utf8").trim().split("\n")) {
  const g = JSON.parse(line) as {
    doc: string;
    events: { source: string; target: string; code: string; sentence: string }[];
  };
  const file = join(evalDir, "articles", `${g.doc}.txt`);
  const item = parseTextStory(readFileSync(file, "utf8"), { file, line: null, format: "text" }, g.doc);
  if (item.kind !== "story") continue;
  const { doc, events } = codeDoc(item.story, kb);
  for (const ev of g.events) {
    const span = locate(doc.story.text, ev.sentence)[0];
    if (!span) continue;
    const sents = doc.sentences.filter((s) => s.start < span[1] && s.end > span[0]);
    const here = events.filter((e) => sents.some((s) => s.index === e.sentenceIndex));
    const root2 = ev.code.slice(0, 2);
    if (
      here.some(
        (e) =>
          c3(e.source.code) === c3(ev.source) &&
          c3(e.target?.code ?? "") === c3(ev.target) &&
          e.root === root2,
      )
    )
      continue;
    const triggers = sents.flatMap((s) => findTriggers(kb.patterns, doc.tokens, s.tokenStart, s.tokenEnd));
    let cls: string;
    if (!triggers.some((t) => t.pattern.entry.code.startsWith(root2)))
      cls = triggers.length === 0 ? "no pattern fired" : "a pattern of another root fired";
    else
      cls = here.some((e) => e.root === root2)
        ? "right root, wrong dyad"
        : "right-root pattern fired, no event";
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (show && cls.startsWith(show)) {
      const words = triggers.map((t) => `${doc.tokens[t.head].text}:${t.pattern.entry.id}`).join(", ");
      process.stdout.write(
        `${g.doc.slice(0, 3)} ${ev.source} ${ev.code} ${ev.target} :: ${ev.sentence.slice(0, 100)}\n    fired: ${words}\n`,
      );
    }
  }
}
for (const [cls, n] of [...counts].sort((a, b) => b[1] - a[1]))
  process.stdout.write(`${String(n).padStart(4)}  ${cls}\n`);
