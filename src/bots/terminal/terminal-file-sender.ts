/** Files asked for in the terminal chat: written to a folder, and the chat is told where (as the answer to the request). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSender } from '../../core/ports/file-sender.ts';
import type { ReplySender } from '../../core/ports/reply-sender.ts';
import { textReply } from '../../core/service/inbound-message.ts';

export function createTerminalFileSender(folder: string, replies: ReplySender): FileSender {
  return {
    async send(recipient, file, caption) {
      const path = join(folder, file.fileName);
      await writeFile(path, file.bytes);
      const target = recipient.replyTarget ?? { platform: 'cli', address: {} };
      await replies.send(target, textReply('answer', `${caption}\nSaved to ${path}`));
    },
  };
}
