/** Folds a token for dictionary lookup: lower case, no diacritics, straight apostrophes and quotes. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matches any non-ASCII character
  if (/[^\x00-\x7f]/.test(out)) {
    out = out
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2010-\u2015]/g, "-");
  }
  return out;
}
