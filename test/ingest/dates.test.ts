import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isIsoDate, parseDate } from "../../src/ingest/dates.js";

describe("parseDate", () => {
  it("reads ISO dates, with or without a time part", () => {
    assert.equal(parseDate("2025-06-30"), "2025-06-30");
    assert.equal(parseDate(" 2025-06-30 "), "2025-06-30");
    assert.equal(parseDate("2025/06/30"), "2025-06-30");
    assert.equal(parseDate("2024-05-14T08:30:00+03:00"), "2024-05-14");
    assert.equal(parseDate("2024-05-14T08:30:00.123Z"), "2024-05-14");
    assert.equal(parseDate("2024-05-14 08:30"), "2024-05-14");
  });

  it("reads month-day-year and day-month-year forms", () => {
    assert.equal(parseDate("June 30, 2025"), "2025-06-30");
    assert.equal(parseDate("Jun. 3 2025"), "2025-06-03");
    assert.equal(parseDate("Sept. 5, 2019"), "2019-09-05");
    assert.equal(parseDate("30 June 2025"), "2025-06-30");
    assert.equal(parseDate("1st March, 2024"), "2024-03-01");
    assert.equal(parseDate("Monday, June 30, 2025"), "2025-06-30");
    assert.equal(parseDate("Mon, 30 Jun 2025 10:15:00 GMT"), "2025-06-30");
    assert.equal(parseDate("June 30, 2025, 10:15 a.m. EDT"), "2025-06-30");
    assert.equal(parseDate("Published: June 30, 2025"), "2025-06-30");
    assert.equal(parseDate("april 1, 1987"), "1987-04-01");
  });

  it("refuses impossible days and anything that is not only a date", () => {
    assert.equal(parseDate("2025-02-29"), null);
    assert.equal(parseDate("2024-02-29"), "2024-02-29");
    assert.equal(parseDate("2025-13-01"), null);
    assert.equal(parseDate("June 31, 2025"), null);
    assert.equal(parseDate("Smarch 3, 2025"), null);
    assert.equal(parseDate("June 30, 2025 - 12 dead in clashes"), null);
    assert.equal(parseDate("On June 30, 2025 the talks began"), null);
    assert.equal(parseDate("20250630"), null);
    assert.equal(parseDate(""), null);
    assert.equal(parseDate("0999-01-01"), null);
    assert.equal(parseDate(`June 30, 2025${" ".repeat(100)}x`), null);
  });

  it("isIsoDate accepts only exact valid YYYY-MM-DD", () => {
    assert.equal(isIsoDate("2025-06-30"), true);
    assert.equal(isIsoDate("2025-6-30"), false);
    assert.equal(isIsoDate("2025-06-31"), false);
    assert.equal(isIsoDate("June 30, 2025"), false);
  });
});
