/** Starts the npm `telegram-test-api` emulator on a free local port (it cannot be given port 0 itself). */
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { freePort } from './finbot-process.ts';

export async function startTelegramEmulator(): Promise<TelegramServer> {
  for (let attempt = 1; ; attempt++) {
    // Another process may take the port between the probe and the emulator's listen: try again with a new one.
    const emulator = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
    try {
      await emulator.start();
      return emulator;
    } catch (error) {
      if (attempt >= 5 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
}
