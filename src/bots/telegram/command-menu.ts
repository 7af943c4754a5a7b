/** The command menu registered with setMyCommands: the core's command words, in their order, with an example each. */
import { commandWords } from '../../core/parse/command-words.ts';

export function telegramCommandMenu(): Array<{ command: string; description: string }> {
  return commandWords.map(({ word, description, example }) => ({
    command: word,
    description: example === '' ? description : `${description}, e.g. /${word} ${example}`,
  }));
}
