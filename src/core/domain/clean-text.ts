/** Tidies free text before it is stored: nothing invisible, nothing that steers rendering, one space between words. */

/**
 * Format characters (bidi overrides and isolates, zero-width spaces and joiners, BOMs, soft hyphens, tag
 * characters), lone surrogate halves, and letters that draw as blank (Hangul fillers): they change how the rest
 * of a line shows, or hide that anything is there, and mean nothing in a category or a note.
 */
const invisible = /[\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
/** Control characters, NUL included (PostgreSQL refuses it in text), and line breaks: one-line fields. */
const controls = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text as stored: compatibility forms folded (NFKC, as the chat parser reads messages, so a category typed in
 * chat and one sent by the model share a key), invisible characters dropped, controls read as spaces, runs of
 * whitespace made one space, ends trimmed. Idempotent.
 */
export function cleanText(raw: string): string {
  // Dropped before folding, so a joiner between a letter and its accent cannot keep them apart.
  return raw.replace(invisible, '').replace(controls, ' ').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * At most `maxLength` UTF-16 units (what zod and the column widths count), cut between user-perceived characters
 * so no emoji or accented letter is split, and trimmed again in case the cut left a space at the end.
 */
export function capLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > maxLength) break;
    kept += segment;
  }
  return kept.trimEnd();
}
