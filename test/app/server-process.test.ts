import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { freePort, startFinbot, waitUntil } from '../support/finbot-process.ts';
import { summaryModel } from '../support/summary-model.ts';

const token = '4242:server-test';
const chat = { id: 777, type: 'private', first_name: 'Asha' };
const from = { id: 777, is_bot: false, first_name: 'Asha' };

const variants = [
  { mode: 'polling', handlerThread: 'auto' },
  { mode: 'webhook', handlerThread: 'false' },
  { mode: 'webhook', handlerThread: 'true' },
] as const;

for (const { mode, handlerThread } of variants) {
  describe(`finbot start with a Telegram token (${mode}, HANDLER_THREAD=${handlerThread})`, () => {
    let telegram: FakeTelegram;
    let model: FakeOpenAI;
    let finbot: Awaited<ReturnType<typeof startFinbot>>;
    let port: number;
    let dir: string;
    const prefix = `finbot-test-${randomUUID()}`;
    let updateId = 1;
    const webhookPath = '/telegram/hook';

    before(async () => {
      telegram = await startFakeTelegram({ token });
      model = await startFakeOpenAI({ fallback: summaryModel() });
      port = await freePort();
      dir = mkdtempSync(join(tmpdir(), 'finbot-server-'));
      finbot = await startFinbot({
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
        PORT: String(port),
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: model.baseURL,
        QUEUE_PREFIX: prefix,
        API_TOKEN: 'api-secret',
        FINBOT_NOW: '',
        ...(mode === 'webhook'
          ? {
              TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${webhookPath}`,
              TELEGRAM_WEBHOOK_SECRET: 'hook-secret-0123456789',
            }
          : {}),
        HANDLER_THREAD: handlerThread,
      });
      await waitUntil(
        async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true,
      );
      if (mode === 'webhook') await waitUntil(() => telegram.webhook() !== undefined);
    });
    after(async () => {
      await finbot.stop();
      await telegram.close();
      await model.close();
      rmSync(dir, { recursive: true, force: true });
      await deleteQueueKeys(prefix);
    });

    const send = async (text: string, secret = 'hook-secret-0123456789') => {
      const update = { update_id: 5000 + updateId, message: { message_id: updateId++, date: 1, chat, from, text } };
      if (mode === 'polling') {
        telegram.inject(update);
        return 200;
      }
      const response = await fetch(`http://127.0.0.1:${port}${webhookPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(update),
      });
      return response.status;
    };
    const texts = () => telegram.messages(777).map((message) => message.text);

    test('a DM conversation: quick-add, a follow-up answered from SQL, and a model question answered later', async () => {
      await send('add ₹250 groceries today');
      await waitUntil(() => texts().length >= 1);
      await send('spent 1,250.50 on fuel');
      await waitUntil(() => texts().length >= 2);
      await send('how much on groceries this week?');
      await waitUntil(() => texts().length >= 3);
      await send('should I cut down on anything this week?');
      await waitUntil(() => texts().some((text) => text.startsWith('This week you spent')));
      const all = texts();
      assert.match(all[0] ?? '', /Added #1: ₹250\.00 · groceries · today/);
      assert.match(all[2] ?? '', /Groceries this week .*: ₹250\.00 \(1 expense\)/);
      assert.ok(
        all.some((text) => text.includes('₹1,500.50')),
        all.join('\n'),
      );
    });

    test('the stats API returns the same sums and refuses a missing token', async () => {
      const url = `http://127.0.0.1:${port}/api/v1/users/telegram/777/stats/weekly`;
      assert.equal((await fetch(url)).status, 401);
      const response = await fetch(url, { headers: { authorization: 'Bearer api-secret' } });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { currencies: Array<{ currency: string; total: { minor: number } }> };
      assert.deepEqual(
        body.currencies.map((entry) => [entry.currency, entry.total.minor]),
        [['INR', 150050]],
      );
    });

    if (mode === 'webhook') {
      test('a webhook request without the secret is refused with 401 and stores nothing', async () => {
        const before = texts().length;
        assert.equal(await send('999 rent', 'wrong'), 401);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(texts().length, before);
      });
    }
  });
}
