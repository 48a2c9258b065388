import assert from "node:assert/strict";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { checkDictionaries } from "../../src/dict/check.js";
import { DictionaryError, loadKnowledge } from "../../src/dict/load.js";
import { FIXTURE_DATA } from "../helpers/kb.js";

describe("dictionary validation", () => {
  it("the shipped dictionaries validate, with unique ids, and cover all 20 CAMEO roots", () => {
    const report = checkDictionaries();
    assert.deepEqual(report.issues, []);
    const roots = new Set(report.patterns.map((p) => p.code.slice(0, 2)));
    assert.equal(roots.size, 20);
    assert.ok(report.actors.filter((a) => a.type === "country").length >= 249);
  });

  it("reports a broken entry with its file and id, and loading refuses such dictionaries", () => {
    const dir = mkdtempSync(join(tmpdir(), "rift-dict-"));
    cpSync(FIXTURE_DATA, dir, { recursive: true });
    writeFileSync(
      join(dir, "dict", "patterns", "bad.json"),
      JSON.stringify({
        schema: "rift.patterns/1",
        version: "test",
        source: "test",
        entries: [
          { id: "999.nonsense", code: "999", verb: "flummox" },
          { id: "114.summon", code: "114", verb: "summon" },
          { id: "040.both", code: "040", verb: "meet", noun: "meeting" },
        ],
      }),
    );
    const report = checkDictionaries(dir);
    const messages = report.issues.map((i) => `${i.file} [${i.entry}] ${i.message}`);
    assert.ok(
      messages.some((m) => m.includes("bad.json [999.nonsense]") && m.includes("not in the CAMEO table")),
    );
    assert.ok(messages.some((m) => m.includes("[114.summon]") && m.includes("also used in")));
    assert.ok(messages.some((m) => m.includes("[040.both]") && m.includes("exactly one")));
    assert.throws(() => loadKnowledge(dir), DictionaryError);
  });

  it("reports a file that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "rift-dict-"));
    cpSync(FIXTURE_DATA, dir, { recursive: true });
    writeFileSync(join(dir, "dict", "actors", "broken.json"), "{ not json");
    const report = checkDictionaries(dir);
    assert.ok(
      report.issues.some((i) => i.file.endsWith("broken.json") && i.message.includes("does not parse")),
    );
  });
});
