/**
 * `npm run bench`: speed and memory of the coding path on one core.
 * Prints stories/s and sentences/s of the full `code()` path, the bare wink tokenisation rate
 * on the same text, their ratio, time per pipeline stage, and peak memory.
 */
import { performance } from "node:perf_hooks";
import { defaultKnowledge } from "../src/index.js";
import { newDoc } from "../src/model/types.js";
import { wink } from "../src/nlp/wink.js";
import { defaultPipeline } from "../src/pipeline/default.js";
import { makeCorpus } from "./corpus.js";

const N = Number(process.env.RIFT_BENCH_STORIES ?? 5000);
const out = (s: string) => process.stdout.write(`${s}\n`);

const t0 = performance.now();
const kb = defaultKnowledge();
const loadMs = performance.now() - t0;
const corpus = makeCorpus(N);
const words = corpus.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
out(`corpus: ${N} generated stories, ${Math.round(words / N)} words each on average`);
out(`knowledge load: ${loadMs.toFixed(0)} ms`);

// Warm-up on a slice so JIT and lazy caches are hot for both measurements.
const nlp = wink();
for (const s of corpus.slice(0, 100)) nlp.readDoc(s.text).tokens().out();
for (const s of corpus.slice(0, 100)) defaultPipeline.run(newDoc(s), kb);

let tokens = 0;
let t = performance.now();
for (const s of corpus) tokens += nlp.readDoc(s.text).tokens().length();
const tokMs = performance.now() - t;
const tokStoriesPerS = N / (tokMs / 1000);
out(
  `wink tokenisation: ${Math.round(tokens / (tokMs / 1000)).toLocaleString("en")} tokens/s = ${tokStoriesPerS.toFixed(0)} stories/s`,
);

const stageMs = new Map<string, number>();
let sentences = 0;
let events = 0;
t = performance.now();
for (const s of corpus) {
  let doc = newDoc(s);
  for (const stage of defaultPipeline.stages) {
    const a = performance.now();
    doc = stage.run(doc, kb);
    stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - a);
  }
  sentences += doc.sentences.length;
  events += doc.events.length;
}
const codeMs = performance.now() - t;
const storiesPerS = N / (codeMs / 1000);
out(
  `code(): ${storiesPerS.toFixed(0)} stories/s, ${Math.round(sentences / (codeMs / 1000)).toLocaleString("en")} sentences/s, ${events} events`,
);
out(
  `ratio code / tokenisation: ${(storiesPerS / tokStoriesPerS).toFixed(2)} (target ≥ 0.5, i.e. ≥ 300 stories/s per core)`,
);
out("time per stage:");
for (const [name, ms] of stageMs)
  out(
    `  ${name.padEnd(10)} ${((ms / codeMs) * 100).toFixed(1).padStart(5)} %  ${(ms / N).toFixed(3)} ms/story`,
  );
out(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
