import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { readStoryFile, runEval, runEvalAll, sharedEvalDir } from "../cli/eval.js";
import type { Story } from "../model/types.js";
import type { Coder } from "./run.js";
import { engineEvent, place } from "./testing.js";

const dir = mkdtempSync(join(tmpdir(), "rift-eval-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const STORY =
  "Ruritania Recalls Envoy\n2024-03-04\nhttps://example.org/r\n\nRuritania recalled its envoy from Freedonia on Monday. Freedonia protested.\n";
const EVENT = {
  sentence: "recalled its envoy from Freedonia",
  source: "RUTGOV",
  target: "FREGOV",
  code: "161",
  date: "2024-03-04",
  place: "Strelsau",
  place_country: "RUT",
};
mkdirSync(join(dir, "stories"));
writeFileSync(join(dir, "stories", "r1.txt"), STORY);
const goldFile = join(dir, "gold.jsonl");
writeFileSync(
  goldFile,
  [
    JSON.stringify({ doc: "r1", published: "2024-03-04", events: [EVENT] }),
    "{oops",
    JSON.stringify({ doc: "r2", published: "2024-03-04", events: [EVENT] }),
  ].join("\n"),
);
const goodGold = join(dir, "good.jsonl");
writeFileSync(goodGold, JSON.stringify({ doc: "r1", published: "2024-03-04", events: [EVENT] }));

/** Codes "recalled" as RUTGOV → FREGOV 161 in the first sentence, and a stray event in the second. */
const coder: Coder = (story: Story) => {
  const cut = story.text.indexOf(".") + 1;
  return {
    events: [
      engineEvent({
        source: "RUTGOV",
        target: "FREGOV",
        code: "161",
        date: "2024-03-04",
        place: place("strelsau", "RUT"),
      }),
      engineEvent({ source: "FRE", target: null, code: "141", sentenceIndex: 1, rule: "stray" }),
    ],
    sentences: [
      { start: 0, end: cut },
      { start: cut + 1, end: story.text.length },
    ],
  };
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
}

const deps = { coder, readStory: readStoryFile };

test("--json prints the contract's keys", async () => {
  const c = capture();
  const code = await runEval(["--gold", goodGold, "--stories", join(dir, "stories"), "--json"], c.io, deps);
  assert.equal(code, 0, c.err.join("\n"));
  const json = JSON.parse(c.out.join(""));
  for (const key of ["dyadRoot", "dyadQuad", "code", "role", "date", "place"]) assert.ok(key in json, key);
  assert.deepEqual(json.dyadRoot, { precision: 0.5, recall: 1, f1: 2 / 3, tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(Object.keys(json.dyadRoot), ["precision", "recall", "f1", "tp", "fp", "fn"]);
  assert.deepEqual([json.code, json.role, json.date, json.place, json.placeName], [1, 1, 1, 1, 1]);
});

test("a bad gold line and a missing story are named with file and line; the rest is scored", async () => {
  const c = capture();
  const code = await runEval(["--gold", goldFile, "--stories", join(dir, "stories"), "--errors"], c.io, deps);
  assert.equal(code, 1);
  assert.ok(
    c.err.some((l) => l.startsWith(`${goldFile}:2: does not parse as JSON`)),
    c.err.join("\n"),
  );
  assert.ok(
    c.err.some((l) => l.startsWith(`${goldFile}:3: story "r2" not found`)),
    c.err.join("\n"),
  );
  const report = c.out.join("\n");
  assert.match(report, /Per CAMEO root/);
  assert.match(report, /FALSE r1: FRE → - 141.*\[stray\]/);
});

test("usage errors exit 2", async () => {
  for (const argv of [[], ["--gold", "x"], ["--sentences", "x", "--split", "test"], ["--bogus"]]) {
    const c = capture();
    assert.equal(await runEval(argv, c.io, deps), 2, argv.join(" "));
    assert.match(c.err.join("\n"), /usage/);
  }
});

test("sentence sets with --split", async () => {
  const file = join(dir, "plover.jsonl");
  const line = (id: string) =>
    JSON.stringify({
      id,
      scheme: "PLOVER-0.5b1",
      date: "2000-01-01",
      text: "Ruritania demanded that Freedonia withdraw.",
      events: [{ event: "DEMAND", source: [{ code: "RUT" }], target: [{ code: "FRE" }] }],
    });
  writeFileSync(file, ["a", "b", "c", "d"].map(line).join("\n"));
  const plover: Coder = () => ({
    events: [engineEvent({ source: "RUTGOV", target: "FRE", code: "102", plover: "REQUEST" })],
    sentences: [],
  });
  const c = capture();
  assert.equal(await runEval(["--sentences", file], c.io, { coder: plover }), 0);
  assert.match(c.out.join("\n"), /DEMAND → REQUEST/);
  const dev = capture();
  assert.equal(
    await runEval(["--sentences", file, "--json", "--split", "dev"], dev.io, { coder: plover }),
    0,
  );
  const json = JSON.parse(dev.out.join(""));
  assert.equal(json.split, "dev");
  assert.ok(json.units < 4);
  assert.equal(json.dyadRoot.f1, json.units > 0 ? 1 : 0);
});

test("eval-all says so when the shared folder is absent, and exits 0", async () => {
  const c = capture();
  assert.equal(await runEvalAll(c.io, { evalDir: join(dir, "nowhere"), coder }), 0);
  assert.match(c.out.join("\n"), /No evaluation data/);
});

test("eval-all runs the stories and every sentence set", async () => {
  const shared = join(dir, "shared");
  mkdirSync(join(shared, "eval", "gold"), { recursive: true });
  mkdirSync(join(shared, "eval", "articles"));
  mkdirSync(join(shared, "eval", "sentences"));
  writeFileSync(
    join(shared, "eval", "gold", "articles.jsonl"),
    JSON.stringify({ doc: "r1", events: [EVENT] }),
  );
  writeFileSync(join(shared, "eval", "articles", "r1.txt"), STORY);
  writeFileSync(
    join(shared, "eval", "sentences", "tiny.jsonl"),
    JSON.stringify({
      id: "t1",
      date: "2024-01-01",
      text: "Ruritania recalled its envoy.",
      events: [],
      noEventsExpected: true,
    }),
  );
  assert.equal(sharedEvalDir({ RIFT_SHARED: shared }), join(shared, "eval"));
  const c = capture();
  assert.equal(
    await runEvalAll(c.io, { evalDir: sharedEvalDir({ RIFT_SHARED: shared }), ...deps }),
    0,
    c.err.join("\n"),
  );
  const out = c.out.join("\n");
  assert.match(out, /^articles +all +1 +50\.0 +100\.0 +66\.7/m);
  assert.match(out, /^tiny +all +1 +0\.0/m);
});
