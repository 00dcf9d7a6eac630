/** What keepEncodable needs of a PDF font (pdf-lib's PDFFont). */
export interface EncodingFont {
  encodeText(text: string): unknown;
}

const cache = new WeakMap<EncodingFont, Map<string, boolean>>();

/**
 * Replaces each character the font's encoding (WinAnsi for the standard fonts) cannot show with
 * "?", so drawing the text never throws. What each character gives is remembered per font.
 */
export function keepEncodable(font: EncodingFont, text: string): string {
  let known = cache.get(font);
  if (!known) {
    known = new Map();
    cache.set(font, known);
  }
  let out = '';
  for (const char of text) {
    let ok = known.get(char);
    if (ok === undefined) {
      try {
        font.encodeText(char);
        ok = true;
      } catch {
        ok = false;
      }
      known.set(char, ok);
    }
    out += ok ? char : '?';
  }
  return out;
}
