import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CSV_COLUMNS, csvField, toCsv } from "./csv.js";
import { makeBareEvent, makeEvent } from "./fixtures.js";

/** A small RFC 4180 reader, to check the writer from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("toCsv", () => {
  it("writes the header and one CRLF-terminated record per event", () => {
    const text = toCsv([makeEvent(), makeBareEvent()], { header: true });
    const rows = parseCsv(text);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(CSV_COLUMNS.length, 28);
    for (const r of rows) assert.equal(r.length, 28);
    assert.ok(text.endsWith("\r\n"));
  });

  it("flattens the record into the documented columns", () => {
    const [row] = parseCsv(toCsv([makeEvent()], { header: false }));
    const get = (name: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(name)];
    assert.equal(get("story"), "story-1");
    assert.equal(get("spanStart"), "120");
    assert.equal(get("spanEnd"), "181");
    assert.equal(get("sourceCode"), "NORGOV");
    assert.equal(get("targetCountry"), "CHL");
    assert.equal(get("targetRole"), "");
    assert.equal(get("code"), "111");
    assert.equal(get("goldstein"), "-2");
    assert.equal(get("ploverMode"), "disapprove");
    assert.equal(get("lat"), "59.91");
    assert.equal(get("dateStated"), "true");
    assert.equal(get("sentence"), makeEvent().sentence);
  });

  it("quotes commas, quotes and newlines and reads back the same text", () => {
    const e = makeBareEvent();
    const text = toCsv([e], { header: false });
    assert.ok(text.includes('"Rebels said, ""we will fight on""\nafter the\ttruce collapsed."'));
    const [row] = parseCsv(text);
    assert.equal(row?.[CSV_COLUMNS.indexOf("sentence")], e.sentence);
    assert.equal(row?.[CSV_COLUMNS.indexOf("targetCode")], "");
    assert.equal(row?.[CSV_COLUMNS.indexOf("date")], "");
    assert.equal(row?.[CSV_COLUMNS.indexOf("placeName")], "");
  });

  it("quotes single fields only when needed", () => {
    assert.equal(csvField("plain text"), "plain text");
    assert.equal(csvField("a,b"), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField("line\rbreak"), '"line\rbreak"');
    assert.equal(csvField(null), "");
    assert.equal(csvField(false), "false");
    assert.equal(csvField(-9.5), "-9.5");
  });

  it("writes only the header, or nothing, for no events", () => {
    assert.equal(toCsv([], { header: true }), `${CSV_COLUMNS.join(",")}\r\n`);
    assert.equal(toCsv([], { header: false }), "");
  });
});
