/** Slack's message markup to and from the plain text the core speaks. */

/**
 * Plain text of what a user typed: Slack sends `&`, `<`, `>` as entities and mentions and links as
 * `<…>` tokens, none of which the core should see.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<([@#!])([^>|]*)(?:\|([^>]*))?>/g, (_token, sigil: string, id: string, label?: string) => {
      const shown = label || id.replace(/^subteam\^/, '');
      if (sigil === '#') return `#${shown}`;
      return shown.startsWith('@') ? shown : `@${shown}`;
    })
    .replace(/<([^>|]*)(?:\|([^>]*))?>/g, (_token, url: string, label?: string) => label || url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Escapes plain text for Slack's `mrkdwn` and `text` fields, where `&`, `<` and `>` are control characters. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
