/** The deterministic parser: a chat message → what it asks for. Never throws; what it cannot read is `unknown`. */

import { parseCommand } from './command.ts';
import type { Intent, ParseContext } from './intent.ts';
import { looksLikeQuestion, parseQuestion } from './question.ts';
import { parseQuickAdd } from './quick-add.ts';

/** Longer messages are not quick-adds or short questions; they go to the model as they are. */
const maxParsedLength = 500;

export function parseMessage(text: string, ctx: ParseContext): Intent {
  try {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.length > maxParsedLength) return { kind: 'unknown' };
    const understood = parseCommand(trimmed, ctx) ?? parseQuestion(trimmed, ctx);
    if (understood) return understood;
    // A question the core cannot answer ("… over 250?") must not be read as a quick-add of its number.
    if (looksLikeQuestion(trimmed)) return { kind: 'unknown' };
    return parseQuickAdd(trimmed, ctx) ?? { kind: 'unknown' };
  } catch {
    // A parser bug must cost the user an "I didn't get that", never the whole message.
    return { kind: 'unknown' };
  }
}
