/** Content sniffing for stdin and files with an unknown extension. */

export type SniffedFormat = "jsonl" | "html" | "text";

/** JSON Lines when the first non-space character is "{", HTML when it is "<", else text. */
export function sniffFormat(text: string): SniffedFormat {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""))?.[0];
  if (first === "{") return "jsonl";
  if (first === "<") return "html";
  return "text";
}
