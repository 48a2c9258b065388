/** Splits a stream of byte chunks into lines without decoding, so each line is checked on its own. */

export type ByteLine =
  | { line: number; bytes: Buffer; tooLong: false }
  | { line: number; bytes: null; tooLong: true; size: number };

/**
 * Yields the LF-separated lines of `chunks` (a trailing CR is dropped), numbered from 1. A line
 * longer than `maxLine` bytes is not kept in memory: it is reported as `tooLong` with its size.
 */
export async function* byteLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLine: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = 0;
  let line = 1;
  const finish = (): ByteLine => {
    if (overflow > 0) {
      const size = overflow;
      overflow = 0;
      parts = [];
      partBytes = 0;
      return { line: line++, bytes: null, tooLong: true, size };
    }
    let bytes = Buffer.concat(parts, partBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    parts = [];
    partBytes = 0;
    return { line: line++, bytes, tooLong: false };
  };
  const add = (piece: Buffer): void => {
    if (overflow > 0) {
      overflow += piece.length;
      return;
    }
    if (partBytes + piece.length > maxLine) {
      overflow = partBytes + piece.length;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(piece);
    partBytes += piece.length;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (partBytes > 0 || overflow > 0) yield finish();
}
