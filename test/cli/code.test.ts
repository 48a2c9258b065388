import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { main } from "../../src/cli/main.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) },
    get: () => ({ out: out.join(""), err: err.join("") }),
  };
}

const STORY = `Norway Summons Swedish Envoy
2025-06-30
https://example.org/rift-test/1

Norway's Foreign Ministry summoned Sweden's ambassador on Saturday to protest the arrest of two Norwegian fishermen.
`;

describe("rift code", () => {
  const dir = mkdtempSync(join(tmpdir(), "rift-cli-"));
  writeFileSync(join(dir, "good.txt"), STORY);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(
    join(dir, "broken.jsonl"),
    `{"id":"x","text":"Police arrested two men.","published":"2025-06-30"}\n{not json\n`,
  );

  it("codes the good stories of a batch, reports each bad file with its reason, and exits non-zero", async () => {
    const c = capture();
    const code = await main(["code", dir, "--format", "jsonl"], c.io);
    const { out, err } = c.get();
    assert.equal(code, 1);
    assert.match(err, /empty\.txt: empty file/);
    assert.match(err, /broken\.jsonl:2: invalid JSON/);
    const events = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const summons = events.find((e) => e.code === "114");
    assert.ok(summons, "the summons is coded");
    assert.equal(summons.source.code, "NORGOV");
    assert.equal(summons.target.code, "SWEGOV");
    assert.equal(summons.date, "2025-06-28");
  });

  it("writes GDELT rows of 61 columns and CSV with a header to --out", async () => {
    const good = join(dir, "good.txt");
    const gdelt = join(dir, "out.tsv");
    assert.equal(await main(["code", good, "--format", "gdelt", "--out", gdelt], capture().io), 0);
    for (const row of readFileSync(gdelt, "utf8").trim().split("\n"))
      assert.equal(row.split("\t").length, 61);
    const csv = join(dir, "out.csv");
    assert.equal(await main(["code", good, "--format", "csv", "--out", csv], capture().io), 0);
    assert.match(readFileSync(csv, "utf8"), /^story,sentenceIndex,/);
  });

  it("refuses an unknown format and a malformed --date with a usage error", async () => {
    assert.equal(await main(["code", dir, "--format", "xml"], capture().io), 2);
    assert.equal(await main(["code", dir, "--date", "30/06/2025"], capture().io), 2);
  });

  it("leaves out events below --min-confidence", async () => {
    const good = join(dir, "good.txt");
    const all = capture();
    await main(["code", good, "--format", "jsonl", "--min-confidence", "0"], all.io);
    const none = capture();
    await main(["code", good, "--format", "jsonl", "--min-confidence", "1"], none.io);
    assert.ok(all.get().out.trim().split("\n").length >= 1);
    assert.equal(none.get().out.trim(), "");
  });

  it("uses --date for a story without one", async () => {
    const undated = join(dir, "undated.txt");
    writeFileSync(undated, "Police in Oslo arrested two Swedish journalists on Friday.\n");
    const c = capture();
    await main(["code", undated, "--format", "jsonl", "--date", "2025-06-30"], c.io);
    const events = c
      .get()
      .out.trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    assert.equal(events[0]?.date, "2025-06-27");
  });
});
