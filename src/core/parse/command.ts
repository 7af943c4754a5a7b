/**
 * Commands: the words of command-words.ts (add, week, month, list, undo, delete, edit, settings, digest, budget,
 * export, report, help, start) and answers to proposals. A leading "/" (and Telegram's "@botname") is optional;
 * an unknown "/word" is told as such.
 */
import { resolvePeriod } from '../time/period.ts';
import { parseBudgetCommand } from './budget-command.ts';
import { commandWord, findCommandWord } from './command-words.ts';
import { parseEditCommand } from './edit-command.ts';
import { badNumberMessage, expenseNumberPattern, isExpenseNumber } from './expense-number.ts';
import { parseFileCommand } from './file-command.ts';
import type { Intent, ParseContext } from './intent.ts';
import { parseListCommand } from './list-command.ts';
import { parseProposalAnswer } from './proposal-answer.ts';
import { parseQuickAdd } from './quick-add.ts';
import { parseSettingsCommand } from './settings-command.ts';
import { tidy, withoutEndPunctuation } from './text-tools.ts';

const help =
  /^(?:help(?:\s+me)?|what\s+can\s+you\s+do|how\s+does\s+this\s+work|(?:hi|hello|hey|hiya|namaste)(?:\s+(?:there|finbot|bot))?)$/i;
const undoLatest = /^(?:last|last\s+one|latest|that|it|this|the\s+last\s+one|last\s+expense)$/i;
const numberOnly = new RegExp(`^${expenseNumberPattern}$`);
/** A "/word" (or "/word@bot") opening a message; the word starts with a letter ("/250 …" is no command). */
const slashCommand = /^\/([A-Za-z]\w{0,31})/;
/** The first word, when it is letters only ("add", not "add250" or "additional"). */
const firstWord = /^([A-Za-z]+)(?!\w)/;

/** Reads a command, or returns undefined when the text is not one. */
export function parseCommand(raw: string, ctx: ParseContext): Intent | undefined {
  if (raw.trim() === '?') return { kind: 'help' };
  const tidied = tidy(raw);
  const slashed = slashCommand.exec(tidied);
  // "/undo@finbot_bot 12" → "undo 12"
  const text = withoutEndPunctuation(tidied.replace(/^\/(\w+)@\w+/, '/$1').replace(/^\//, ''));
  const first = firstWord.exec(text)?.[1] ?? '';
  const rest = tidy(text.slice(first.length));
  // Budget sentences may open with "set", "remove" or "delete" ("remove budget groceries"): read before those.
  const budget = parseBudgetCommand(text, ctx);
  if (budget) return budget;
  const command = findCommandWord(first);
  if (command) {
    const intent = readCommand(command.word, text, rest, ctx);
    if (intent) return intent;
  } else if (slashed?.[1]) {
    return { kind: 'help', unknownCommand: slashed[1] };
  }
  if (help.test(text)) return { kind: 'help' };
  return (
    parseProposalAnswer(text) ??
    parseSettingsCommand(text, ctx) ??
    parseListCommand(text, ctx) ??
    parseEditCommand(text, ctx)
  );
}

/** `text` opens with the command's word (or an alias) and `rest` follows it; undefined: read it as a message. */
function readCommand(word: string, text: string, rest: string, ctx: ParseContext): Intent | undefined {
  switch (word) {
    case 'add':
      // The user said it is spending: what follows is an expense or an explanation of how to write one.
      return (rest === '' ? undefined : parseQuickAdd(rest, ctx)) ?? usage('add');
    case 'week':
    case 'month':
      return rest === ''
        ? {
            kind: 'summary',
            period: resolvePeriod({ kind: word === 'week' ? 'this_week' : 'this_month' }, ctx.today, ctx.weekStart),
            category: null,
            followUp: false,
          }
        : undefined;
    case 'list':
      return parseListCommand(text, ctx);
    case 'undo':
      return parseUndo(rest);
    case 'delete':
      return parseDelete(rest);
    case 'edit':
      return parseEditCommand(text, ctx) ?? usage('edit');
    case 'settings':
      return parseSettingsCommand(text, ctx);
    case 'digest':
      if (rest === '') return usage('digest');
      if (/^now$/i.test(rest)) return { kind: 'digest_now' };
      return parseSettingsCommand(text, ctx);
    case 'export':
    case 'report':
      return parseFileCommand(word, rest, ctx);
    case 'help':
      return rest === '' ? { kind: 'help' } : undefined;
    case 'start':
      return rest === '' ? { kind: 'welcome' } : undefined;
    default:
      return undefined;
  }
}

function parseUndo(rest: string): Intent {
  if (rest === '' || undoLatest.test(rest)) return { kind: 'undo', number: null };
  const number = numberOnly.exec(rest);
  if (!number) return invalid('Say "undo" to take back your latest expense, or "delete 12" for another one.');
  const value = Number(number[1]);
  return isExpenseNumber(value) ? { kind: 'undo', number: value } : invalid(badNumberMessage);
}

function parseDelete(rest: string): Intent | undefined {
  const number = numberOnly.exec(rest);
  if (number) {
    const value = Number(number[1]);
    return isExpenseNumber(value) ? { kind: 'delete', number: value } : invalid(badNumberMessage);
  }
  // "delete", "delete last", "remove groceries": a delete without its number. Longer text is something else.
  if (/\d/.test(rest) || rest.split(' ').length > 2) return undefined;
  return usage('delete');
}

function usage(word: string): Intent {
  return invalid(commandWord(word).usage ?? `Say "${word}".`);
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
