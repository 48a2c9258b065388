import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBareEvent, makeEvent } from "./fixtures.js";
import { shortCameoName, toTable, truncate } from "./table.js";

describe("toTable", () => {
  const events = [
    makeEvent(),
    makeEvent({ sentenceIndex: 4, code: "042", root: "04", target: null, place: null }),
    makeBareEvent(),
  ];
  const text = toTable(events);
  const lines = text.trimEnd().split("\n");

  it("has a column header, one group line per story and one row per event", () => {
    assert.match(lines[0] ?? "", /^DATE\s+SOURCE\s+EVENT\s+TARGET\s+PLACE\s+SENTENCE$/);
    assert.equal(lines.length, 1 + 2 + 3);
    assert.equal(lines[1], "── story-1 (2 events) ──");
    assert.equal(lines[4], "── story-2 (1 event) ──");
    assert.ok(text.endsWith("\n"));
  });

  it("shows date, actors, code with its short CAMEO name, place and sentence", () => {
    const row = lines[2] ?? "";
    for (const part of [
      "2031-03-14",
      "NORGOV",
      "111 Criticize or denounce",
      "CHL",
      "Oslo",
      "Norway's trade",
    ]) {
      assert.ok(row.includes(part), `${part} in ${row}`);
    }
    assert.ok((lines[3] ?? "").includes("042 Make a visit"));
    assert.ok((lines[5] ?? "").includes("190 Use conventional military force"));
    assert.ok(!(lines[5] ?? "").includes("not specified below"));
  });

  it("aligns columns and keeps rows on one line", () => {
    const header = lines[0] ?? "";
    const at = header.indexOf("EVENT");
    for (const i of [2, 3, 5]) assert.match((lines[i] ?? "").slice(at), /^\d{3}/);
    assert.ok(!(lines[5] ?? "").includes("\t"));
  });

  it("trims long sentences to about 60 characters", () => {
    const long = makeEvent({ sentence: `The minister spoke ${"at great length ".repeat(10)}about quotas.` });
    const row = toTable([long]).split("\n")[2] ?? "";
    assert.ok(row.endsWith("…"));
    assert.ok(row.length < 10 + 14 + 36 + 14 + 18 + 60 + 5 * 2 + 1);
  });

  it("handles no events, unknown codes and truncation edge cases", () => {
    assert.equal(toTable([]), "(no events)\n");
    assert.equal(shortCameoName("999"), "?");
    assert.equal(truncate("abc", 3), "abc");
    assert.equal(truncate("abcd", 3), "ab…");
  });
});
