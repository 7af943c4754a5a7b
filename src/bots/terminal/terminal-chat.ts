/** The terminal chat: interactive with a TTY, one reply per line when stdin is piped. */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { Reply } from '../../core/service/inbound-message.ts';

export interface TerminalChatOptions {
  readonly handleMessage: MessageHandler;
  readonly userName: string;
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
  readonly greeting?: string;
  /** Printed once before the first reply (e.g. that runs are processed inline). */
  readonly notice?: string;
  /** Waits for the later answer to a `queued` reply, by message key. */
  readonly awaitAnswer?: (messageKey: string) => Promise<Reply>;
  readonly onError: (error: unknown) => void;
}

const failureText = 'Something went wrong on my side and nothing was saved. Please try again.';

/** Runs until the input ends (Ctrl+D or end of the pipe). */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { input, output, userName } = options;
  const interactive = Boolean(input.isTTY);
  const session = randomUUID();
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${options.greeting ?? ''}Chatting as "${userName}". Type "help" for examples, Ctrl+D to leave.\n`);
    lines.setPrompt('you › ');
    lines.prompt();
  }
  let lineNumber = 0;
  let notice = options.notice ?? '';
  for await (const line of lines) {
    lineNumber += 1;
    const text = line.trim();
    if (text !== '') {
      const key = `cli:${session}:${lineNumber}`;
      const reply = await options
        .handleMessage({
          platform: 'cli',
          platformUserId: userName,
          displayName: userName,
          key,
          text,
          replyTarget: { platform: 'cli', address: { messageKey: key } },
        })
        .catch((error: unknown) => {
          options.onError(error);
          return undefined;
        });
      if (notice) {
        output.write(notice);
        notice = '';
      }
      output.write(`${reply ? renderReply(reply) : failureText}\n`);
      // A model's answer, or a requested file: both come later, and the chat waits for them before reading on.
      if ((reply?.kind === 'queued' || (reply?.kind === 'file_queued' && !reply.repeated)) && options.awaitAnswer) {
        output.write(`${renderReply(await options.awaitAnswer(key))}\n`);
      }
    }
    if (interactive) lines.prompt();
  }
  if (interactive) output.write('\n');
}

function renderReply(reply: Reply): string {
  const hints = reply.buttons.map((button) => `  ↳ ${button.label}: type "${button.command}"`);
  return [reply.text, ...hints].join('\n');
}
