import assert from "node:assert/strict";
import { test } from "node:test";
import { requestCode } from "./threatened.js";

test("requested acts map to CAMEO appeal (02x) and demand (10x) subcodes", () => {
  assert.equal(requestCode("020", "0841"), "0253");
  assert.equal(requestCode("100", "0841"), "1053");
  assert.equal(requestCode("100", "087"), "1056");
  assert.equal(requestCode("020", "085"), "0254");
  assert.equal(requestCode("020", "073"), "0233");
  assert.equal(requestCode("100", "062"), "1012");
  assert.equal(requestCode("020", "0831"), "0241");
  assert.equal(requestCode("100", "040"), "106");
  assert.equal(requestCode("020", "190"), null);
});
