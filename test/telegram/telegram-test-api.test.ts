/**
 * The adapter against a Bot API emulator written by others (npm `telegram-test-api`), as a check that it
 * does not only work against our own fake. The emulator lacks setMyCommands and sendChatAction (the adapter
 * logs and carries on) and never sends X-Telegram-Bot-Api-Secret-Token with webhook calls: with a secret
 * configured its calls are refused with 401; with the check turned off for this machine
 * (TELEGRAM_WEBHOOK_SECRET=off) the conversation works in webhook mode too.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { pino } from 'pino';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { startTelegram, type TelegramAdapter } from '../../src/bots/telegram/start-telegram.ts';
import { createHttpServer, type HttpServer } from '../../src/infra/http/http-server.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { startTelegramEmulator } from '../support/telegram-emulator.ts';

const token = '4242:emulator-token';

interface BotMessageEntry {
  readonly botToken: string;
  readonly messageId: number;
  readonly message: { chat_id?: number | string; text?: string; reply_markup?: { inline_keyboard: unknown[][] } };
}

async function until<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('against the telegram-test-api emulator', () => {
  let server: TelegramServer | undefined;
  let core: CoreHarness | undefined;
  let adapter: TelegramAdapter | undefined;
  let http: HttpServer | undefined;
  afterEach(async () => {
    await adapter?.stop();
    await http?.close();
    await server?.stop();
    await core?.close();
    adapter = undefined;
    http = undefined;
    server = undefined;
    core = undefined;
  });

  async function start(): Promise<TelegramServer> {
    const emulator = await startTelegramEmulator();
    server = emulator;
    core = await createCoreHarness();
    return emulator;
  }

  function botMessages(emulator: TelegramServer): BotMessageEntry[] {
    return (emulator.getUpdatesHistory(token) as unknown as BotMessageEntry[]).filter(
      (entry) => entry.message.chat_id !== undefined,
    );
  }

  test('long polling: a quick-add is confirmed with Undo, and the Undo tap edits the message', async () => {
    const emulator = await start();
    adapter = await startTelegram({
      token,
      apiRoot: emulator.config.apiURL,
      handleMessage: (core as CoreHarness).handle,
      log: pino({ level: 'silent' }),
      polling: { timeoutSeconds: 1, backoffMs: 50 },
    });
    const client = emulator.getClient(token, { userId: 501, chatId: 501, firstName: 'Asha', type: 'private' });
    await client.sendMessage(client.makeMessage('250 groceries'));
    const added = await until(
      () => botMessages(emulator).find((entry) => /^Added #1/.test(entry.message.text ?? '')),
      'the confirmation',
    );
    assert.equal(Number(added.message.chat_id), 501);
    assert.ok(JSON.stringify(added.message.reply_markup).includes('undo #1'));

    await client.sendCallback(
      client.makeCallbackQuery('e|undo #1', {
        message: { message_id: added.messageId, chat: { id: 501, type: 'private' } },
      }),
    );
    await until(
      () => (/^Undone: #1/.test(added.message.text ?? '') ? true : undefined),
      'the confirmation to be edited',
    );
    const user = await core?.store.findUser('telegram', '501');
    assert.equal((await core?.store.listExpenses(user?.id ?? 0, {}))?.length, 0);
  });

  test('webhook mode: the emulator registers the webhook, but its unsigned calls are refused with 401', async () => {
    const emulator = await start();
    http = createHttpServer(() => {});
    const port = await http.listen(0, '127.0.0.1');
    adapter = await startTelegram({
      token,
      apiRoot: emulator.config.apiURL,
      webhookUrl: `http://127.0.0.1:${port}/telegram/webhook`,
      webhookSecret: 'emulator-secret-0123',
      http,
      handleMessage: (core as CoreHarness).handle,
      log: pino({ level: 'silent' }),
    });
    assert.equal(adapter.mode, 'webhook');
    const statuses: number[] = [];
    http.server.on('request', (_request, response) => response.on('finish', () => statuses.push(response.statusCode)));
    const client = emulator.getClient(token, { userId: 502, chatId: 502, firstName: 'Ravi', type: 'private' });
    // The emulator posts the update to the webhook without the secret header: the adapter refuses it. Its
    // client route does not wait for that post, so the test calls the (untyped-private) method it uses.
    const addUserUpdate = (emulator as unknown as { addUserUpdate(update: unknown): Promise<void> }).addUserUpdate;
    await assert.rejects(addUserUpdate.call(emulator, client.makeMessage('250 groceries')));
    assert.deepEqual(statuses, [401]);
    assert.equal(await core?.store.findUser('telegram', '502'), undefined);
    assert.equal(botMessages(emulator).length, 0);
  });

  test('webhook mode with the secret check off for this machine: a quick-add is confirmed', async () => {
    const emulator = await start();
    http = createHttpServer(() => {});
    const port = await http.listen(0, '127.0.0.1');
    adapter = await startTelegram({
      token,
      apiRoot: emulator.config.apiURL,
      webhookUrl: `http://127.0.0.1:${port}/telegram/webhook`,
      webhookSecret: 'off',
      http,
      handleMessage: (core as CoreHarness).handle,
      log: pino({ level: 'silent' }),
    });
    assert.equal(adapter.mode, 'webhook');
    const statuses: number[] = [];
    http.server.on('request', (_request, response) => response.on('finish', () => statuses.push(response.statusCode)));
    const client = emulator.getClient(token, { userId: 503, chatId: 503, firstName: 'Mei', type: 'private' });
    await client.sendMessage(client.makeMessage('₹55 snacks'));
    const added = await until(
      () => botMessages(emulator).find((entry) => /^Added #1: ₹55\.00 · snacks/.test(entry.message.text ?? '')),
      'the confirmation',
    );
    assert.equal(Number(added.message.chat_id), 503);
    const user = await core?.store.findUser('telegram', '503');
    assert.equal((await core?.store.listExpenses(user?.id ?? 0, {}))?.length, 1);
    // The webhook call is answered after the confirmation went out; the emulator gets its 200.
    await until(() => (statuses.includes(200) ? true : undefined), 'the webhook answer');
  });
});
