import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createSenderApi } from '../../src/bots/telegram/create-sender-api.ts';
import { telegramReplyTarget } from '../../src/bots/telegram/telegram-reply-target.ts';
import { createTelegramSender } from '../../src/bots/telegram/telegram-sender.ts';
import type { PlatformSender } from '../../src/core/ports/platform-sender.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { chartDigest, chartPng, countingPace, deliveryFailure, noPace } from '../support/sender-fixtures.ts';

const answer = textReply('answer', 'You spent ₹1,250.50 on fuel & tolls <this week>.', [
  { label: 'This month', command: 'month' },
]);
const asha = { userId: 1, platform: 'telegram' as const, platformUserId: '4242' };

describe('the Telegram sender', () => {
  let telegram: FakeTelegram;
  let sender: PlatformSender;
  beforeEach(async () => {
    telegram = await startFakeTelegram();
    sender = createTelegramSender({
      api: createSenderApi({ token: telegram.token, apiRoot: telegram.apiRoot }),
      maxWaitMs: 5_000,
    });
  });
  afterEach(() => telegram.close());

  test('a later answer goes as a reply to the question, escaped, with its buttons', async () => {
    await sender.replies.send(telegramReplyTarget(4242, 17), answer);
    const [message, ...more] = telegram.messages(4242);
    assert.equal(more.length, 0);
    assert.equal(message?.text, 'You spent ₹1,250.50 on fuel &amp; tolls &lt;this week&gt;.');
    assert.equal(message?.parse_mode, 'HTML');
    assert.equal(message?.reply_to_message_id, 17);
    assert.deepEqual(
      message?.reply_markup?.inline_keyboard.map((row) => row.map((button) => button.text)),
      [['This month']],
    );
  });

  test('a short retry_after on an answer is waited out in place, and the answer goes once', async () => {
    telegram.failNext({ method: 'sendMessage', count: 1, errorCode: 429, retryAfter: 0.2 });
    const started = Date.now();
    await sender.replies.send(telegramReplyTarget(4242, undefined), answer);
    assert.ok(Date.now() - started >= 200, 'waited the retry_after');
    assert.deepEqual(
      telegram.callsOf('sendMessage').map((call) => call.status),
      [429, 200],
    );
    assert.equal(telegram.messages(4242).length, 1);
  });

  test('a long retry_after on an answer is a throttled failure carrying the wait, and nothing is sent', async () => {
    telegram.failNext({ method: 'sendMessage', count: 1, errorCode: 429, retryAfter: 120 });
    const failure = await deliveryFailure(sender.replies.send(telegramReplyTarget(4242, 1), answer), 'throttled');
    assert.equal(failure.retryAfterMs, 120_000);
    assert.equal(failure.permanent, false);
    assert.equal(telegram.messages().length, 0);
  });

  test('a user who blocked the bot is unreachable for good', async () => {
    telegram.failNext({ count: 2, errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    const reply = await deliveryFailure(sender.replies.send(telegramReplyTarget(4242, 1), answer), 'unreachable');
    assert.equal(reply.permanent, true);
    await deliveryFailure(sender.digests.send(asha, chartDigest, noPace), 'unreachable');
  });

  test('a chat that is gone is unreachable; a message Telegram will not take is refused; both for good', async () => {
    telegram.failNext({ count: 1, errorCode: 400, description: 'Bad Request: chat not found' });
    await deliveryFailure(sender.replies.send(telegramReplyTarget(4242, 1), answer), 'unreachable');
    telegram.failNext({ count: 1, errorCode: 400, description: 'Bad Request: message is too long' });
    const refused = await deliveryFailure(sender.replies.send(telegramReplyTarget(4242, 1), answer), 'refused');
    assert.equal(refused.permanent, true);
  });

  test('a 5xx is transient', async () => {
    telegram.failNext({ count: 2, errorCode: 502, description: 'Bad Gateway' });
    const reply = await deliveryFailure(sender.replies.send(telegramReplyTarget(4242, 1), answer), 'transient');
    assert.equal(reply.permanent, false);
    await deliveryFailure(sender.digests.send(asha, { text: 'hi' }, noPace), 'transient');
  });

  test('a target of another platform is refused', async () => {
    await deliveryFailure(sender.replies.send({ platform: 'slack', address: { channel: 'D1' } }, answer), 'refused');
  });

  test('a digest is the chart as a photo captioned with the text, after waiting its turn', async () => {
    const pace = countingPace();
    await sender.digests.send(asha, chartDigest, pace.wait);
    const [photo, ...more] = telegram.calls.filter((call) => call.method.startsWith('send'));
    assert.equal(more.length, 0);
    assert.equal(photo?.method, 'sendPhoto');
    assert.equal(String(photo?.params.chat_id), '4242');
    assert.equal(String(photo?.params.caption).replace(/\r\n/g, '\n'), chartDigest.text);
    const attached = /^attach:\/\/(.+)$/.exec(String(photo?.params.photo))?.[1] ?? '';
    assert.deepEqual(photo?.params[attached], { file: true, bytes: chartPng.byteLength });
    assert.equal(pace.count(), 1);
  });

  test('a digest too long for a caption follows its photo as a message; one without a chart is text alone', async () => {
    const pace = countingPace();
    await sender.digests.send(asha, { ...chartDigest, text: 'x'.repeat(1500) }, pace.wait);
    await sender.digests.send(asha, { text: 'Week 2026-W47: no expenses recorded.' }, pace.wait);
    assert.deepEqual(
      telegram.messages(4242).map((message) => message.text.slice(0, 12)),
      ['[photo]', 'xxxxxxxxxxxx', 'Week 2026-W4'],
    );
    assert.equal(pace.count(), 3);
  });

  test('a digest whose photo Telegram refuses still goes, as text', async () => {
    telegram.failNext({
      method: 'sendPhoto',
      count: 1,
      errorCode: 400,
      description: 'Bad Request: IMAGE_PROCESS_FAILED',
    });
    await sender.digests.send(asha, chartDigest, noPace);
    assert.deepEqual(
      telegram.messages(4242).map((message) => message.text),
      [chartDigest.text],
    );
  });

  test('a digest meeting a rate limit fails at once as throttled, for its worker to hold every process back', async () => {
    telegram.failNext({ method: 'sendPhoto', count: 1, errorCode: 429, retryAfter: 3 });
    const failure = await deliveryFailure(sender.digests.send(asha, chartDigest, noPace), 'throttled');
    assert.equal(failure.retryAfterMs, 3_000);
    assert.equal(telegram.callsOf('sendPhoto').length, 1);
  });
});

test('a Bot API server that cannot be reached is a transient failure', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const sender = createTelegramSender({ api: createSenderApi({ token: '1:T', apiRoot: `http://127.0.0.1:${port}` }) });
  await deliveryFailure(sender.replies.send(telegramReplyTarget(1, 1), answer), 'transient');
  await deliveryFailure(sender.digests.send(asha, chartDigest, noPace), 'transient');
});
