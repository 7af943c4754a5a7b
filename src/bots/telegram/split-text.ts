/** Cuts plain text into pieces whose HTML-escaped form fits one Telegram message (4,096 characters). */
import { escapeHtml } from './escape-html.ts';

export const messageLimit = 4096;

/** Telegram's limit for a photo's caption; a longer text goes as a message of its own. */
export const captionLimit = 1024;

/** Prefers to cut at a line break, then at a space; never inside an escape sequence. */
export function splitText(text: string, limit = messageLimit): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (escapeHtml(rest).length > limit) {
    let end = fittingPrefixLength(rest, limit);
    const newline = rest.lastIndexOf('\n', end);
    const space = rest.lastIndexOf(' ', end);
    if (newline > end / 2) end = newline + 1;
    else if (space > end / 2) end = space + 1;
    pieces.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end);
  }
  if (rest.trim() !== '' || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Longest prefix (in UTF-16 units, not splitting a surrogate pair) whose escaped length is within `limit`. */
function fittingPrefixLength(text: string, limit: number): number {
  let length = 0;
  let escaped = 0;
  for (const char of text) {
    const size = char === '&' ? 5 : char === '<' || char === '>' ? 4 : char.length;
    if (escaped + size > limit) break;
    escaped += size;
    length += char.length;
  }
  return Math.max(1, length);
}
