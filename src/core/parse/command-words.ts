/**
 * Every command finbot knows, in menu order: its word, the other words that mean the same, what it does and an
 * example. The parser reads commands by these words; Telegram's command menu and Slack's `/expense` help are
 * built from this list, so a command added here is understood and shown on every platform.
 */

export interface CommandWord {
  /** The command: Telegram's `/word`, Slack's `/expense word`, or typed as it is. */
  readonly word: string;
  /** Other words read as this command ("del", "remove" for delete); never shown in menus. */
  readonly aliases: ReadonlyArray<string>;
  /** What it does, in a few words (Telegram allows 256 characters). */
  readonly description: string;
  /** What typically follows the word ("250 groceries"); empty when nothing does. */
  readonly example: string;
  /** Said when the command needs more than it got. */
  readonly usage?: string;
}

export const commandWords: ReadonlyArray<CommandWord> = [
  {
    word: 'add',
    aliases: [],
    description: 'Record spending',
    example: '250 groceries',
    usage: 'Tell me what you spent, e.g. "add 250 groceries" or "add ₹55 snacks yesterday".',
  },
  { word: 'week', aliases: [], description: "This week's summary", example: '' },
  { word: 'month', aliases: [], description: "This month's summary", example: '' },
  { word: 'list', aliases: ['ls', 'recent', 'latest', 'history'], description: 'Your latest expenses', example: '' },
  { word: 'undo', aliases: [], description: 'Take back the expense you just added', example: '' },
  {
    word: 'delete',
    aliases: ['del', 'remove', 'rm'],
    description: 'Delete an expense (asks first)',
    example: '12',
    usage: 'Which expense? Say "delete 12" with its number from "list", or "undo" for your latest one.',
  },
  {
    word: 'edit',
    aliases: [],
    description: 'Change an expense',
    example: '12 300',
    usage:
      'Which expense? Say "edit 12 300" to change the amount or "edit 12 fuel" the category (numbers are in "list").',
  },
  {
    word: 'recurring',
    aliases: ['repeating', 'subscriptions'],
    description: 'Recurring expenses: list them, or stop one (stop recurring rent)',
    example: 'rent 15000 every month on the 1st',
    usage:
      'Say "rent 15000 every month on the 1st" or "netflix 649 monthly" to set one up, "recurring" to list them, "stop recurring rent" to end one.',
  },
  {
    word: 'settings',
    aliases: ['setting', 'preferences', 'prefs', 'config', 'setup'],
    description: 'Time zone, currency, digest',
    example: '',
  },
  {
    word: 'digest',
    aliases: ['digests'],
    description: 'Weekly digest: on, off, now, or when (digest sunday 18:00)',
    example: 'now',
    usage:
      'Say "digest on" or "digest off" for the weekly summary, "digest now" for this week so far, or "digest sunday 18:00" to choose when it comes.',
  },
  {
    word: 'budget',
    aliases: ['budgets'],
    description: 'Budgets: set, see how they stand, remove',
    example: 'groceries 5000 monthly',
    usage:
      'Say "budget groceries 5000 monthly", "budget transport 1500 weekly" or "budget 20000 a month" for everything; "budgets" shows them, "remove budget groceries" removes one.',
  },
  {
    word: 'export',
    aliases: [],
    description: 'Your expenses as a file: CSV, or XLSX for a spreadsheet',
    example: 'last month as xlsx',
  },
  {
    word: 'report',
    aliases: [],
    description: 'A month report as PDF: totals, charts, the largest expenses',
    example: 'november',
  },
  {
    word: 'dashboard',
    aliases: [],
    description: 'Charts, the expense table and downloads in your browser',
    example: '',
  },
  { word: 'help', aliases: ['menu', 'commands'], description: 'What I understand', example: '' },
  { word: 'start', aliases: [], description: 'Start over with the introduction', example: '' },
];

const byWord = new Map(commandWords.flatMap((command) => [command.word, ...command.aliases].map((w) => [w, command])));

/** The command `word` (any case) names, or undefined. */
export function findCommandWord(word: string): CommandWord | undefined {
  return byWord.get(word.toLowerCase());
}

/** The command named `word`; throws for a word not in the list (a programming error). */
export function commandWord(word: string): CommandWord {
  const command = byWord.get(word);
  if (!command) throw new Error(`No command "${word}"`);
  return command;
}
