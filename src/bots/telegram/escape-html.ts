/** Escapes plain text for Telegram's HTML parse mode: only `<`, `>` and `&` are special there. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}
