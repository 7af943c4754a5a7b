import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTelegramHarness, type TelegramHarness, webhookSecret } from './telegram-harness.ts';

const update = {
  update_id: 9_100_001,
  message: {
    message_id: 1,
    date: 1_764_000_000,
    chat: { id: 101, type: 'private' },
    from: { id: 101, is_bot: false, first_name: 'Asha' },
    text: '250 groceries',
  },
};

describe('an update still being handled when the webhook must answer', () => {
  let harness: TelegramHarness;
  let calls = 0;
  before(async () => {
    harness = await startTelegramHarness({
      mode: 'webhook',
      adapter: { webhookAnswerWithinMs: 150 },
      // The first handling is slow (a database being retried, say); the redelivery is not.
      wrap: (handle) => async (message) => {
        calls += 1;
        if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 800));
        return handle(message);
      },
    });
  });
  after(() => harness.close());

  const post = () =>
    fetch(harness.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
      body: JSON.stringify(update),
    });

  test('is answered 503 so Telegram sends it again; the redelivery stores nothing more and sends nothing more', async () => {
    const first = await post();
    assert.equal(first.status, 503);
    assert.equal(first.headers.get('retry-after'), '5');
    // Telegram's redelivery, after the first handling finished.
    await harness.telegram.waitFor((recorded) => recorded.some((call) => call.method === 'sendMessage'), 5000);
    const again = await post();
    assert.equal(again.status, 200);
    assert.equal(calls, 2);
    const { rows } = await sql<{ count: number | string }>`select count(*) as count from expenses`.execute(
      harness.core.database.db,
    );
    assert.equal(Number(rows[0]?.count), 1);
    const replies = harness.telegram.callsOf('sendMessage');
    assert.equal(replies.length, 1);
    assert.match(String(replies[0]?.params.text), /250/);
    assert.ok(harness.logs.some((line) => line.msg.includes('answered 503 so Telegram sends it again')));
    assert.deepEqual(
      harness.logs.filter((line) => line.level >= 50),
      [],
    );
  });
});
