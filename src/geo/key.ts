/**
 * The lookup key of a place name: lower case, accents stripped, apostrophes dropped,
 * hyphens, dots and other punctuation read as spaces. "Sana'a" and "Sanaa", "Al-Faw" and
 * "al Faw", "Kandahār" and "Kandahar", "St. Petersburg" and "St Petersburg" share a key.
 */
const ASCII = /^[\x20-\x7e]*$/;
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export function placeKey(name: string): string {
  let s = ASCII.test(name) ? name : name.normalize("NFD").replace(/\p{M}/gu, "");
  s = s.toLowerCase();
  if (SIMPLE.test(s)) return s;
  return s
    .replace(/['’‘`ʼʻ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
