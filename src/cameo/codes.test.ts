import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { isCode, loadCameo, rootName } from "./codes.js";

const cameo = loadCameo();

function gdeltQuad(root: string): number {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

describe("CAMEO table", () => {
  it("is loaded once and shared", () => {
    assert.equal(loadCameo(), cameo);
    assert.ok(cameo.codes.length >= 316);
    assert.match(cameo.version, /^\d{4}\.\d{1,2}\.\d+$/);
  });

  it("114 complain officially: root 11, verbal conflict, GDELT Goldstein", () => {
    const c = cameo.info("114");
    assert.ok(c);
    assert.equal(c.root, "11");
    assert.equal(c.name, "Complain officially");
    assert.equal(c.quad, 3);
    assert.equal(c.goldstein, -2);
    assert.deepEqual(c.plover, { event: "ACCUSE", mode: "allege" });
    assert.equal(c.level, 2);
    assert.equal(c.standard, true);
  });

  it("190 use conventional military force: material conflict, PLOVER ASSAULT", () => {
    const c = cameo.info("190");
    assert.ok(c);
    assert.equal(c.quad, 4);
    assert.equal(c.goldstein, -10);
    assert.equal(c.plover?.event, "ASSAULT");
  });

  it("uses GDELT Goldstein values where the tables disagree", () => {
    assert.equal(cameo.info("016")?.goldstein, -2); // ICEWS -5, Phoenix 3.4
    assert.equal(cameo.info("163")?.goldstein, -8); // Phoenix -6.5
    assert.equal(cameo.info("165")?.goldstein, -6.5); // ICEWS -7
  });

  it("falls back for codes missing from GDELT's lookup", () => {
    assert.equal(cameo.info("1213")?.goldstein, -4); // ICEWS only
    assert.equal(cameo.info("1834")?.goldstein, -10); // none: parent 183
    assert.equal(cameo.info("155")?.name, "Mobilize or increase cyber-forces");
    assert.equal(cameo.info("1641")?.standard, false); // Phoenix-only extension
  });

  it("uses GDELT quad classes for roots where the mappings disagree", () => {
    assert.equal(cameo.info("090")?.quad, 2); // ICEWS and Phoenix say 3
    assert.equal(cameo.info("141")?.quad, 3); // ICEWS and Phoenix say 4
    assert.equal(cameo.info("161")?.quad, 4); // Phoenix says 3
    assert.equal(cameo.info("010")?.quad, 1); // Phoenix says 0
  });

  it("maps PLOVER types, with none for roots 01 and 02", () => {
    assert.equal(cameo.info("010")?.plover, null);
    assert.equal(cameo.info("0256")?.plover, null);
    assert.deepEqual(cameo.info("042")?.plover, { event: "CONSULT", mode: "visit" });
    assert.deepEqual(cameo.info("0871")?.plover, { event: "RETREAT", mode: "ceasefire" });
    assert.deepEqual(cameo.info("15")?.plover, { event: "MOBILIZE", mode: null }); // CAMEO2PLOVER root line
    assert.deepEqual(cameo.info("1952")?.plover, { event: "ASSAULT", mode: null }); // by root
    // "ASSAULT; ASSAULT" / context "pro_autocracy" in the source collapse to a clean type.
    assert.deepEqual(cameo.info("175")?.plover, { event: "ASSAULT", mode: null });
  });

  it("returns null for unknown codes", () => {
    for (const code of ["0", "", "21", "999", "1999", "11a", " 114", "0110 "]) {
      assert.equal(cameo.info(code), null, code);
      assert.equal(cameo.isCode(code), false, code);
    }
    assert.equal(cameo.isCode("0110"), true);
  });

  it("every code's root is its first two digits, and quad follows the GDELT root rule", () => {
    for (const c of cameo.codes) {
      assert.match(c.code, /^\d{2,4}$/);
      assert.equal(c.root, c.code.slice(0, 2), c.code);
      assert.equal(c.quad, gdeltQuad(c.root), c.code);
      assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
      assert.ok(c.name.length > 0, c.code);
      if (c.root === "01" || c.root === "02") assert.equal(c.plover, null, c.code);
      else assert.ok(c.plover, c.code);
    }
  });

  it("has all 20 roots, with names", () => {
    for (let r = 1; r <= 20; r++) {
      const root = String(r).padStart(2, "0");
      assert.ok(cameo.isCode(root), root);
      assert.ok(cameo.rootName(root), root);
    }
    assert.equal(cameo.rootName("11"), "DISAPPROVE");
    assert.equal(cameo.rootName("19"), "FIGHT");
    assert.equal(cameo.rootName("21"), null);
    assert.equal(cameo.rootName("114"), null);
    assert.equal(rootName("04"), "CONSULT");
    assert.equal(isCode("0874"), true);
    assert.equal(isCode("0875"), false);
  });

  it("PLOVER types used by the table are the 16 in plover-types.json", () => {
    const file = JSON.parse(
      readFileSync(new URL("../../data/cameo/plover-types.json", import.meta.url), "utf8"),
    );
    const types = new Set<string>(file.types.map((t: { event: string }) => t.event));
    assert.equal(types.size, 16);
    for (const c of cameo.codes) if (c.plover) assert.ok(types.has(c.plover.event), c.code);
  });

  it("returns frozen records", () => {
    const c = cameo.info("114");
    assert.ok(c && Object.isFrozen(c) && Object.isFrozen(c.plover));
    assert.ok(Object.isFrozen(cameo.codes));
  });
});
