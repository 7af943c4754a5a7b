import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { startFakeOpenAI } from '../support/fake-openai-server.ts';
import { startFakeTelegram } from '../support/fake-telegram-server.ts';
import { type FinbotProcess, freePort, startFinbot, waitUntil } from '../support/finbot-process.ts';
import { summaryModel } from '../support/summary-model.ts';

const token = '4343:shutdown-test';
const chats = [501, 502, 503, 504];

/**
 * Four questions whose runs are in the model's hands when `victim` gets SIGTERM: every answer must reach
 * Telegram before the process exits, and it exits 0 well within SHUTDOWN_TIMEOUT_SECONDS.
 */
async function sigtermMidRuns(layout: 'serve' | 'worker'): Promise<void> {
  const telegram = await startFakeTelegram({ token });
  // Each run takes two model turns of 700 ms: SIGTERM lands while all four are in hand.
  const model = await startFakeOpenAI({ fallback: summaryModel({ delayMs: 700 }) });
  const dir = mkdtempSync(join(tmpdir(), 'finbot-shutdown-'));
  const prefix = `finbot-test-${randomUUID()}`;
  const env = {
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
    PORT: String(await freePort()),
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: model.baseURL,
    QUEUE_PREFIX: prefix,
    FINBOT_NOW: '',
    HANDLER_THREAD: 'false',
    SHUTDOWN_TIMEOUT_SECONDS: '20',
  };
  const processes: FinbotProcess[] = [];
  try {
    const server = await startFinbot({ ...env, RUN_WORKERS: layout === 'serve' ? 'true' : 'false' }, 'serve');
    processes.push(server);
    // The server migrates the database first; two processes migrating one SQLite file at once would race.
    // deleteWebhook comes just before polling starts (a long poll is recorded only once answered).
    await waitUntil(() => telegram.callsOf('deleteWebhook').length > 0, 30_000);
    const worker = layout === 'worker' ? await startFinbot(env, 'worker') : undefined;
    if (worker) processes.push(worker);
    const victim = worker ?? server;

    for (const chat of chats) {
      telegram.inject({
        message: {
          message_id: chat,
          date: 1,
          chat: { id: chat, type: 'private', first_name: 'A' },
          from: { id: chat, is_bot: false, first_name: 'A' },
          text: 'should I cut down on anything this week?',
        },
      });
    }
    await waitUntil(() => model.responseBodies().length >= chats.length, 30_000);
    const answers = () =>
      chats.filter((chat) => telegram.messages(chat).some((message) => message.text.startsWith('This week you spent')));
    assert.ok(answers().length < chats.length, 'the runs were still in hand at SIGTERM');

    const started = Date.now();
    victim.child.kill('SIGTERM');
    const [code] = await once(victim.child, 'exit');
    assert.equal(code, 0);
    assert.ok(Date.now() - started < 20_000, 'ended within the deadline');
    assert.deepEqual(answers(), chats, 'every answer was sent before the process ended');
  } finally {
    for (const finbot of processes.reverse()) await finbot.stop();
    await telegram.close();
    await model.close();
    rmSync(dir, { recursive: true, force: true });
    await deleteQueueKeys(prefix);
  }
}

test('SIGTERM of `serve` mid-run: the runs in hand finish and their answers are delivered before it exits', () =>
  sigtermMidRuns('serve'));

test('SIGTERM of `worker` mid-run: the runs in hand finish and their answers are delivered before it exits', () =>
  sigtermMidRuns('worker'));
