/**
 * A minimal reader for plain-text story files laid out as
 *   title / ISO date / URL / blank line / body
 * used by the evaluation when the project's ingest reader is not available.
 */
import type { Origin, Story } from "../model/types.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readTextStory(text: string, origin: Origin, id: string): Story {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let i = 0;
  const header: string[] = [];
  while (i < lines.length && i < 3 && (lines[i] ?? "").trim() !== "") header.push((lines[i++] ?? "").trim());
  const title = header[0] ?? null;
  const published = header.find((l) => ISO_DATE.test(l)) ?? null;
  const url = header.find((l) => /^https?:\/\//i.test(l)) ?? null;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  const body = lines.slice(i).join("\n").replace(/\s+$/, "");
  return { id, url, title, published, text: body, origin };
}
