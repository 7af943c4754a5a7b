/** Slash commands: what each one means, as core text or as something the adapter does itself. */
import { isDigestNowRequest } from '../../core/parse/digest-now-request.ts';

export type CommandAction =
  /** Send `text` to the core; `keyboard: 'settings'` adds the time-zone and currency buttons. */
  | { readonly kind: 'core'; readonly text: string; readonly keyboard?: 'settings'; readonly unknownCommand?: string }
  /** First contact: set the user up through the core and greet. */
  | { readonly kind: 'welcome' }
  /** Ask before deleting: the adapter shows Delete/Cancel buttons, the core is called on the tap. */
  | { readonly kind: 'confirm_delete'; readonly number: number }
  /** `/digest now` (the digest feature plugs in here). */
  | { readonly kind: 'digest_now' }
  /** The command needs an argument it did not get; `text` says how to use it. */
  | { readonly kind: 'usage'; readonly text: string };

/** The command menu registered with setMyCommands, in menu order. */
export const commandMenu: ReadonlyArray<{ readonly command: string; readonly description: string }> = [
  { command: 'add', description: 'Record spending, e.g. /add 250 groceries' },
  { command: 'week', description: "This week's summary" },
  { command: 'month', description: "This month's summary" },
  { command: 'list', description: 'Your latest expenses' },
  { command: 'undo', description: 'Undo the last expense' },
  { command: 'delete', description: 'Delete an expense: /delete 12' },
  { command: 'edit', description: 'Change an expense: /edit 12 300' },
  { command: 'settings', description: 'Time zone, currency, digest' },
  { command: 'digest', description: 'Weekly digest: on, off, now, or when (/digest sunday 18:00)' },
  { command: 'help', description: 'What I understand' },
  { command: 'start', description: 'Start over with the introduction' },
];

/** Splits "/name@bot rest" into its parts; undefined when the text is not a command. */
export function splitCommand(text: string): { name: string; botName?: string; args: string } | undefined {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return undefined;
  return {
    name: (match[1] ?? '').toLowerCase(),
    ...(match[2] ? { botName: match[2] } : {}),
    args: (match[3] ?? '').trim(),
  };
}

/** What a message that is not a slash command asks for: the core, except "digest now" typed out. */
export function textAction(text: string): CommandAction {
  return isDigestNowRequest(text) ? { kind: 'digest_now' } : { kind: 'core', text: text.trim() };
}

/** What a command (name without the slash, lower case) with `args` asks for. */
export function commandAction(name: string, args: string): CommandAction {
  switch (name) {
    case 'start':
      return { kind: 'welcome' };
    case 'add':
      return args === ''
        ? { kind: 'usage', text: 'Tell me what you spent, e.g. /add 250 groceries or /add ₹55 snacks yesterday.' }
        : { kind: 'core', text: `add ${args}` };
    case 'week':
      return { kind: 'core', text: 'summarize this week' };
    case 'month':
      return { kind: 'core', text: 'this month' };
    case 'list':
      return { kind: 'core', text: args === '' ? 'list' : `list ${args}` };
    case 'undo':
      return { kind: 'core', text: args === '' ? 'undo' : `undo ${args}` };
    case 'delete': {
      const number = /^#?(\d{1,9})$/.exec(args)?.[1];
      return number
        ? { kind: 'confirm_delete', number: Number(number) }
        : { kind: 'usage', text: 'Which one? Send /delete 12 with the number from /list.' };
    }
    case 'edit':
      return /^#?\d+\s+\S/.test(args)
        ? { kind: 'core', text: `edit ${args.replace(/^#/, '')}` }
        : { kind: 'usage', text: 'Send /edit 12 300 to change the amount, or /edit 12 fuel to change the category.' };
    case 'settings':
      return { kind: 'core', text: 'settings', keyboard: 'settings' };
    case 'digest': {
      const choice = args.toLowerCase();
      if (choice === 'on' || choice === 'off') return { kind: 'core', text: `digest ${choice}` };
      if (choice === 'now') return { kind: 'digest_now' };
      // Anything else names when it should come ("sunday 18:00"); the core reads it or says how to.
      if (choice !== '') return { kind: 'core', text: `digest ${args}` };
      return {
        kind: 'usage',
        text: 'Send /digest on or /digest off for the weekly summary, /digest now for this week so far, or /digest sunday 18:00 to choose when it comes.',
      };
    }
    case 'help':
      return { kind: 'core', text: 'help' };
    default:
      return { kind: 'core', text: 'help', unknownCommand: name };
  }
}
