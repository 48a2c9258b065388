/**
 * Bytes → text with the checks an ingest needs: empty, binary, invalid UTF-8.
 * Pure: the caller attaches the file name to the failure.
 */

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; code: "empty-file" | "binary-file" | "invalid-utf8"; reason: string; line: number | null };

/** How many leading bytes the binary sniff looks at. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, LF, CR, FF, VT, ESC) above which content is binary. */
const CONTROL_RATIO = 0.1;

function isControlByte(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) ||
    b === 0x7f
  );
}

/** Reason why the bytes look binary, or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return `binary content (NUL byte at offset ${i})`;
    if (isControlByte(b)) control++;
  }
  if (n > 0 && control / n > CONTROL_RATIO) {
    return `binary content (${Math.round((100 * control) / n)}% control bytes)`;
  }
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function isBlank(text: string): boolean {
  return text.replace(/^\uFEFF/, "").trim() === "";
}

/** The encoding named by an HTML page's <meta charset> (in its first 4 KB), lower-cased, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes UTF-8 (a UTF-8 BOM is dropped; UTF-16 with a BOM is accepted too). With
 * `allowDeclaredCharset`, a page whose bytes are not UTF-8 but which declares another charset
 * (e.g. windows-1252) in a <meta> tag is decoded with that charset.
 */
export function decodeBytes(bytes: Uint8Array, allowDeclaredCharset = false): Decoded {
  if (bytes.length === 0) return { ok: false, code: "empty-file", reason: "empty file", line: null };
  const utf16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (isBlank(text))
        return { ok: false, code: "empty-file", reason: "empty file (only whitespace)", line: null };
      return { ok: true, text };
    } catch {
      return { ok: false, code: "invalid-utf8", reason: `invalid ${utf16.toUpperCase()} text`, line: null };
    }
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, code: "binary-file", reason: binary, line: null };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const charset = allowDeclaredCharset ? declaredHtmlCharset(bytes) : null;
    if (charset && charset !== "utf-8" && charset !== "utf8") {
      try {
        text = new TextDecoder(charset).decode(bytes);
        return isBlank(text)
          ? { ok: false, code: "empty-file", reason: "empty file (only whitespace)", line: null }
          : { ok: true, text };
      } catch {
        // unknown label: fall through to the UTF-8 error
      }
    }
    const at = firstInvalidUtf8(bytes);
    const offset = Math.max(at, 0);
    const line = lineAt(bytes, offset);
    return {
      ok: false,
      code: "invalid-utf8",
      reason: `invalid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset}, line ${line})`,
      line,
    };
  }
  if (isBlank(text))
    return { ok: false, code: "empty-file", reason: "empty file (only whitespace)", line: null };
  return { ok: true, text };
}
