/** `/expense` subcommands translated into text the core understands; the core decides what the text means. */

export type ExpenseCommand =
  /** Text for the core's message handler. */
  | { readonly kind: 'core'; readonly text: string }
  /** `/expense digest now`: reserved for the digest feature, which the adapter hands to its own hook. */
  | { readonly kind: 'digest_now' };

/** Maps the text after `/expense` (e.g. "add 250 groceries", "week", "delete 12") to a core message. */
export function parseExpenseCommand(rawText: string): ExpenseCommand {
  const text = rawText.trim().replace(/\s+/g, ' ');
  if (text === '') return core('help');
  const space = text.indexOf(' ');
  const word = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  const rest = space < 0 ? '' : text.slice(space + 1);

  switch (word) {
    case 'add':
      return core(rest === '' ? 'help' : rest);
    case 'week':
      return rest === '' ? core('summarize this week') : core(text);
    case 'month':
      return rest === '' ? core('summarize this month') : core(text);
    case 'undo': {
      // "undo 12" names an expense like the Undo button does ("undo #12").
      const number = /^#?(\d+)$/.exec(rest)?.[1];
      return number ? core(`undo #${number}`) : core(text);
    }
    case 'delete': {
      const number = /^#?(\d+)$/.exec(rest)?.[1];
      return number ? core(`delete ${number}`) : core(text);
    }
    case 'digest':
      return rest.toLowerCase() === 'now' ? { kind: 'digest_now' } : core(`digest ${rest.toLowerCase()}`.trim());
    case 'list':
    case 'settings':
    case 'help':
      return core(`${word}${rest === '' ? '' : ` ${rest}`}`);
    default:
      return core(text);
  }
}

function core(text: string): ExpenseCommand {
  return { kind: 'core', text };
}
