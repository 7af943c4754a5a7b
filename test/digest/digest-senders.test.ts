import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fromSlackText } from '../../src/bots/slack/slack-text.ts';
import { buildDigest } from '../../src/core/digest/build-digest.ts';
import {
  type DigestMessage,
  DigestRecipientUnreachableError,
  DigestThrottledError,
} from '../../src/core/digest/digest-sender.ts';
import { renderDigestText } from '../../src/core/digest/render-digest-text.ts';
import { createSlackDigestSender } from '../../src/digest/slack-digest-sender.ts';
import { createTelegramDigestSender } from '../../src/digest/telegram-digest-sender.ts';
import { type FakeRateLimitedTelegram, startFakeRateLimitedTelegram } from '../support/fake-rate-limited-telegram.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack-server.ts';
import { newUser, spend, sqliteDatabase } from './digest-databases.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const withChart: DigestMessage = {
  text: 'Your week 2026-W47\n\nTotal: ₹250.00',
  chart: { png, width: 800, height: 450 },
};
const noPace = async () => {};

describe('Telegram digest sender', () => {
  let telegram: FakeRateLimitedTelegram;
  before(async () => {
    telegram = await startFakeRateLimitedTelegram();
  });
  after(() => telegram.close());
  const sender = () => createTelegramDigestSender({ token: telegram.token, apiRoot: telegram.apiRoot });
  const recipient = (id: string) => ({ userId: 1, platform: 'telegram' as const, platformUserId: id });

  test('sends the chart as a photo captioned with the text, after waiting its turn', async () => {
    let paced = 0;
    await sender().send(recipient('11'), withChart, async () => {
      paced++;
    });
    const [message] = telegram.received.filter((received) => received.chatId === '11');
    assert.equal(message?.method, 'sendPhoto');
    assert.equal(message?.text, withChart.text);
    assert.deepEqual([...(message?.photo ?? [])], [...png]);
    assert.equal(paced, 1);
  });

  test('a text too long for a caption follows the photo as its own message', async () => {
    let paced = 0;
    await sender().send(recipient('12'), { ...withChart, text: 'x'.repeat(1500) }, async () => {
      paced++;
    });
    const messages = telegram.received.filter((received) => received.chatId === '12');
    assert.deepEqual(
      messages.map((received) => [received.method, received.text.length]),
      [
        ['sendPhoto', 0],
        ['sendMessage', 1500],
      ],
    );
    assert.equal(paced, 2);
  });

  test('a blocked bot is a permanent refusal; a server error is not', async () => {
    telegram.blocked.add('13');
    await assert.rejects(sender().send(recipient('13'), withChart, noPace), DigestRecipientUnreachableError);
    telegram.failNext('14', 1);
    await assert.rejects(
      sender().send(recipient('14'), withChart, noPace),
      (error: Error) => !(error instanceof DigestRecipientUnreachableError) && /500/.test(error.message),
    );
  });
});

describe('Slack digest sender', () => {
  let slack: FakeSlack;
  before(async () => {
    slack = await startFakeSlack();
  });
  after(() => slack.close());
  const sender = () => createSlackDigestSender({ token: slack.botToken, apiUrl: slack.apiUrl });
  const recipient = { userId: 2, platform: 'slack' as const, platformUserId: 'T0123:U0456' };

  test('opens a DM, uploads the chart and posts the text as its comment', async () => {
    let paced = 0;
    await sender().send(recipient, withChart, async () => {
      paced++;
    });
    assert.equal(slack.callsTo('conversations.open')[0]?.body.users, 'U0456');
    assert.equal(slack.callsTo('files.getUploadURLExternal')[0]?.body.length, String(png.byteLength));
    assert.equal(slack.callsTo('upload').length, 1);
    const complete = slack.callsTo('files.completeUploadExternal')[0];
    assert.equal(complete?.body.channel_id, 'D0456');
    assert.equal(complete?.body.initial_comment, withChart.text);
    assert.equal(paced, 1);
  });

  test('a week without a chart is a plain message', async () => {
    await sender().send(recipient, { text: 'Week 2026-W47: no expenses recorded.' }, noPace);
    assert.equal(slack.callsTo('chat.postMessage').at(-1)?.body.text, 'Week 2026-W47: no expenses recorded.');
  });

  test('rate limits and refusals are told apart', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 3 });
    await assert.rejects(
      sender().send(recipient, { text: 'hi' }, noPace),
      (error: Error) => error instanceof DigestThrottledError && error.retryAfterMs === 3000,
    );
    slack.failNext('conversations.open', { kind: 'error', error: 'user_disabled' });
    await assert.rejects(sender().send(recipient, { text: 'hi' }, noPace), DigestRecipientUnreachableError);
    slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' });
    await assert.rejects(
      sender().send(recipient, { text: 'hi' }, noPace),
      (error: Error) => !(error instanceof DigestRecipientUnreachableError) && /internal_error/.test(error.message),
    );
  });

  test('user text in the digest stays text: a category <!channel> notifies nobody, in the comment or a message', async () => {
    const db = await sqliteDatabase.open();
    try {
      const user = await db.store.createUser(newUser('T0123:U0789', { platform: 'slack' }));
      await spend(db.store, user, 25000, '<!channel>', '2026-11-17');
      await spend(db.store, user, 12000, 'R&D <@U0BOSS>', '2026-11-18');
      const text = renderDigestText(await buildDigest(db.store, user, '2026-W47'), user);
      assert.match(text, /<!channel>/);
      const to = { userId: user.id, platform: 'slack' as const, platformUserId: user.platformUserId };

      await sender().send(to, { ...withChart, text }, noPace);
      const comment = String(slack.callsTo('files.completeUploadExternal').at(-1)?.body.initial_comment);
      await sender().send(to, { text }, noPace);
      const message = String(slack.callsTo('chat.postMessage').at(-1)?.body.text);

      for (const sent of [comment, message]) {
        assert.doesNotMatch(sent, /<!channel>|<@U0BOSS>|R&D/);
        assert.match(sent, /&lt;!channel&gt;/);
        assert.match(sent, /R&amp;D &lt;@U0BOSS&gt;/);
        // What Slack shows is exactly the digest's words.
        assert.equal(fromSlackText(sent), text);
      }
    } finally {
      await db.drop();
    }
  });
});
