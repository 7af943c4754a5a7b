/** Loaded inside a handler thread by the handler-thread tests: answers by the message text. */
import type { ThreadHandler, ThreadPorts } from '../../src/app/handler-thread/handler-thread-worker.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';

export async function createThreadHandler(options: { prefix: string }, ports: ThreadPorts): Promise<ThreadHandler> {
  return {
    handle: async (message) => {
      if (message.text === 'fail') throw new Error('scripted failure');
      // The thread dies (a native crash or an out-of-memory kill looks the same from outside).
      if (message.text === 'die') process.exit(3);
      if (message.text.startsWith('ask ')) {
        await ports.runScheduler?.schedule(Number(message.text.slice(4)));
        return textReply('queued', 'Thinking…');
      }
      if (message.text.startsWith('slow ')) await new Promise((resolve) => setTimeout(resolve, 200));
      return textReply('help', `${options.prefix}${message.text} from ${message.platformUserId}`);
    },
    close: async () => {},
  };
}
