/** Commands: help, undo, delete, edit, list, settings and answers to proposals. A leading "/" (and Telegram's "@botname") is optional. */
import { parseEditCommand } from './edit-command.ts';
import { badNumberMessage, expenseNumberPattern, isExpenseNumber } from './expense-number.ts';
import type { Intent, ParseContext } from './intent.ts';
import { parseListCommand } from './list-command.ts';
import { parseProposalAnswer } from './proposal-answer.ts';
import { parseSettingsCommand } from './settings-command.ts';
import { tidy, withoutEndPunctuation } from './text-tools.ts';

const help =
  /^(?:help(?:\s+me)?|start|menu|commands|what\s+can\s+you\s+do|how\s+does\s+this\s+work|(?:hi|hello|hey|hiya|namaste)(?:\s+(?:there|finbot|bot))?)$/i;
const undo = /^undo(?:\s+(.*))?$/i;
const undoLatest = /^(?:last|last\s+one|latest|that|it|this|the\s+last\s+one|last\s+expense)$/i;
const remove = /^(?:delete|del|remove|rm)(?:\s+(.*))?$/i;
const numberOnly = new RegExp(`^${expenseNumberPattern}$`);

/** Reads a command, or returns undefined when the text is not one. */
export function parseCommand(raw: string, ctx: ParseContext): Intent | undefined {
  if (raw.trim() === '?') return { kind: 'help' };
  // "/undo@finbot_bot 12" → "undo 12"
  const text = withoutEndPunctuation(
    tidy(raw)
      .replace(/^\/(\w+)@\w+/, '/$1')
      .replace(/^\//, ''),
  );
  if (help.test(text)) return { kind: 'help' };
  return (
    parseProposalAnswer(text) ??
    parseUndo(text) ??
    parseDelete(text) ??
    parseSettingsCommand(text, ctx) ??
    parseListCommand(text, ctx) ??
    parseEditCommand(text, ctx)
  );
}

function parseUndo(text: string): Intent | undefined {
  const match = undo.exec(text);
  if (!match) return undefined;
  const rest = tidy(match[1] ?? '');
  if (rest === '' || undoLatest.test(rest)) return { kind: 'undo', number: null };
  const number = numberOnly.exec(rest);
  if (!number) return invalid('Say "undo" to take back your latest expense, or "delete 12" for another one.');
  const value = Number(number[1]);
  return isExpenseNumber(value) ? { kind: 'undo', number: value } : invalid(badNumberMessage);
}

function parseDelete(text: string): Intent | undefined {
  const match = remove.exec(text);
  if (!match) return undefined;
  const rest = tidy(match[1] ?? '');
  const number = numberOnly.exec(rest);
  if (number) {
    const value = Number(number[1]);
    return isExpenseNumber(value) ? { kind: 'delete', number: value } : invalid(badNumberMessage);
  }
  // "delete", "delete last", "remove groceries": a delete without its number. Longer text is something else.
  if (/\d/.test(rest) || rest.split(' ').length > 2) return undefined;
  return invalid('Which expense? Say "delete 12" with its number from "list", or "undo" for your latest one.');
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
