/** `/expense` help: the core's command words as Slack subcommands, one line each, with an example. */
import { commandWords } from '../../core/parse/command-words.ts';

export function expenseCommandHelp(commandName: string): string {
  const lines = commandWords
    // "start" is Telegram's first contact; in Slack the Home tab introduces the app.
    .filter(({ word }) => word !== 'start')
    .map(
      ({ word, description, example }) =>
        `• ${commandName} ${word}${example === '' ? '' : ` ${example}`}: ${description}`,
    );
  return [`Commands (or just write to me, e.g. "250 groceries"):`, ...lines].join('\n');
}
