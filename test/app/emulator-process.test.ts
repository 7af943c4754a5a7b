/**
 * `finbot start` as a user runs it, against a Bot API server not written for this project (the npm
 * `telegram-test-api` emulator), in long-polling mode and in webhook mode (the emulator sends no webhook
 * secret, so the check is off for this machine: TELEGRAM_WEBHOOK_SECRET=off).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { type FinbotProcess, freePort, startFinbot, waitUntil } from '../support/finbot-process.ts';
import { createFreshMssqlDatabase, type FreshMssqlDatabase, mssqlServerUrl } from '../support/fresh-mssql.ts';
import { startTelegramEmulator } from '../support/telegram-emulator.ts';

const token = '5151:emulator-process';

interface BotMessage {
  readonly message: { chat_id?: number | string; text?: string };
}

/** Long polling and webhook on SQLite; with MSSQL_URL set, long polling once more on SQL Server. */
const runs: ReadonlyArray<{ mode: 'polling' | 'webhook'; database: 'sqlite' | 'mssql' }> = [
  { mode: 'polling', database: 'sqlite' },
  { mode: 'webhook', database: 'sqlite' },
  ...(mssqlServerUrl ? [{ mode: 'polling' as const, database: 'mssql' as const }] : []),
];

for (const { mode, database } of runs) {
  describe(`finbot start against telegram-test-api (${mode}${database === 'mssql' ? ', SQL Server' : ''})`, () => {
    let emulator: TelegramServer;
    let finbot: FinbotProcess;
    let dir: string;
    let mssql: FreshMssqlDatabase | undefined;

    before(async () => {
      emulator = await startTelegramEmulator();
      dir = mkdtempSync(join(tmpdir(), 'finbot-emulator-'));
      mssql = database === 'mssql' ? await createFreshMssqlDatabase('finbot_emulator') : undefined;
      const port = await freePort();
      finbot = await startFinbot({
        LOG_LEVEL: 'error',
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: emulator.config.apiURL,
        DATABASE_URL: mssql?.url ?? `sqlite:${join(dir, 'finbot.db')}`,
        PORT: String(port),
        OPENAI_API_KEY: '',
        FINBOT_NOW: '',
        ...(mode === 'webhook'
          ? { TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`, TELEGRAM_WEBHOOK_SECRET: 'off' }
          : {}),
      });
      await waitUntil(
        async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true,
      );
      // The adapter registers its webhook after the HTTP server is up; an update sent before that would wait
      // in the emulator for a getUpdates that never comes. The emulator keeps webhooks in a field its types
      // mark private.
      const webhooks = () => (emulator as unknown as { webhooks: Record<string, unknown> }).webhooks;
      if (mode === 'webhook') await waitUntil(() => webhooks()[token] !== undefined);
    });
    after(async () => {
      await finbot.stop();
      await emulator.stop();
      await mssql?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const replies = (chatId: number) =>
      (emulator.getUpdatesHistory(token) as unknown as BotMessage[])
        .filter((entry) => Number(entry.message.chat_id) === chatId)
        .map((entry) => entry.message.text ?? '');

    test('a DM conversation: two quick-adds and a question answered from SQL', async () => {
      const chatId = mode === 'polling' ? 601 : 602;
      const client = emulator.getClient(token, { userId: chatId, chatId, firstName: 'Asha', type: 'private' });
      await client.sendMessage(client.makeMessage('add ₹250 groceries'));
      await waitUntil(() => replies(chatId).length >= 1);
      await client.sendMessage(client.makeMessage('spent 1,250.50 on fuel'));
      await waitUntil(() => replies(chatId).length >= 2);
      await client.sendMessage(client.makeMessage('how much on groceries this week?'));
      await waitUntil(() => replies(chatId).length >= 3);
      const [first, second, third] = replies(chatId);
      assert.match(first ?? '', /Added #1: ₹250\.00 · groceries · today/);
      assert.match(second ?? '', /Added #2: ₹1,250\.50 · fuel · today\nThis week so far: ₹1,500\.50/);
      assert.match(third ?? '', /Groceries this week .*: ₹250\.00 \(1 expense\)/);
    });
  });
}
