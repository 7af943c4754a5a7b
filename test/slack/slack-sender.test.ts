import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { pino } from 'pino';
import { commandReplyTarget, conversationReplyTarget } from '../../src/bots/slack/slack-reply-target.ts';
import { createSlackSender } from '../../src/bots/slack/slack-sender.ts';
import { fromSlackText } from '../../src/bots/slack/slack-text.ts';
import { createSlackWebClient } from '../../src/bots/slack/slack-web-client.ts';
import type { PlatformSender } from '../../src/core/ports/platform-sender.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack-server.ts';
import { chartDigest, chartPng, countingPace, deliveryFailure, noPace } from '../support/sender-fixtures.ts';

const log = pino({ level: 'silent' });
const answer = textReply('answer', 'You spent ₹1,250.50 on fuel & tolls this week.');
const recipient = { userId: 2, platform: 'slack' as const, platformUserId: 'T0123:U0456' };

describe('the Slack sender', () => {
  let slack: FakeSlack;
  let sender: PlatformSender;
  beforeEach(async () => {
    slack = await startFakeSlack();
    const client = createSlackWebClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }, log);
    sender = createSlackSender({ client, log, maxWaitMs: 5_000 });
  });
  afterEach(() => slack.close());

  test('delivers an answer to a command’s response_url as an ephemeral message', async () => {
    const url = slack.newResponseUrl();
    await sender.replies.send(commandReplyTarget(url, 'U1'), answer);
    const [call, ...more] = slack.callsTo('response_url');
    assert.equal(more.length, 0);
    assert.equal(call?.body.response_type, 'ephemeral');
    assert.equal(call?.body.replace_original, false);
    assert.equal(call?.body.text, 'You spent ₹1,250.50 on fuel &amp; tolls this week.');
  });

  test('an answer with buttons posts them as buttons that send their commands back', async () => {
    const withButtons = textReply('answer', 'I can delete expense #12 (₹40.00 coffee) for you.', [
      { label: 'Confirm', command: 'confirm proposal 12' },
      { label: 'Cancel', command: 'cancel proposal 12' },
    ]);
    await sender.replies.send(conversationReplyTarget('D0ASHA'), withButtons);
    const blocks = slack.callsTo('chat.postMessage')[0]?.body.blocks as Array<{
      type: string;
      elements?: Array<{ text: { text: string }; value: string }>;
    }>;
    const actions = blocks.find((block) => block.type === 'actions');
    assert.deepEqual(
      actions?.elements?.map((button) => [button.text.text, button.value]),
      [
        ['Confirm', 'confirm proposal 12'],
        ['Cancel', 'cancel proposal 12'],
      ],
    );
  });

  test('waits out a 429 Retry-After on the response_url and delivers once', async () => {
    const url = slack.newResponseUrl();
    slack.failNext('response_url', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await sender.replies.send(commandReplyTarget(url, 'U1'), answer);
    assert.ok(Date.now() - started >= 1000, 'waited the Retry-After');
    assert.equal(slack.callsTo('response_url', { all: true }).length, 2);
    assert.equal(slack.callsTo('response_url').length, 1);
  });

  test('waits out a 429 Retry-After on chat.postMessage and posts once', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await sender.replies.send(conversationReplyTarget('D0ASHA', '1764052200.000100'), answer);
    assert.ok(Date.now() - started >= 1000, 'waited the Retry-After');
    const posts = slack.callsTo('chat.postMessage');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.body.channel, 'D0ASHA');
    assert.equal(posts[0]?.body.thread_ts, '1764052200.000100');
    assert.equal(slack.callsTo('chat.postMessage', { all: true }).length, 2);
  });

  test('a Retry-After longer than it waits in place is a throttled failure carrying the wait, and nothing is posted', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 120 });
    const failure = await deliveryFailure(sender.replies.send(conversationReplyTarget('D0ASHA'), answer), 'throttled');
    assert.equal(failure.retryAfterMs, 120_000);
    assert.equal(failure.permanent, false);
    assert.equal(slack.callsTo('chat.postMessage').length, 0);
  });

  test('an expired response_url falls back to a DM to the user', async () => {
    const url = slack.newResponseUrl();
    slack.expireResponseUrl(url);
    await sender.replies.send(commandReplyTarget(url, 'U0ASHA'), answer);
    const posts = slack.callsTo('chat.postMessage');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.body.channel, 'U0ASHA');
  });

  test('a used-up response_url (5 posts) falls back to the DM too', async () => {
    const url = slack.newResponseUrl();
    for (let i = 0; i < 5; i += 1) await sender.replies.send(commandReplyTarget(url, 'U0ASHA'), answer);
    await sender.replies.send(commandReplyTarget(url, 'U0ASHA'), answer);
    assert.equal(slack.callsTo('response_url').length, 5);
    assert.equal(slack.callsTo('chat.postMessage').length, 1);
  });

  test('an expired response_url with no one to DM is refused for good', async () => {
    const url = slack.newResponseUrl();
    slack.expireResponseUrl(url);
    const failure = await deliveryFailure(
      sender.replies.send({ platform: 'slack', address: { responseUrl: url } }, answer),
      'refused',
    );
    assert.equal(failure.permanent, true);
  });

  test('a conversation that is gone is unreachable for good; a message Slack rejects is refused', async () => {
    slack.failNext('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    const gone = await deliveryFailure(sender.replies.send(conversationReplyTarget('D0GONE'), answer), 'unreachable');
    assert.equal(gone.permanent, true);
    slack.failNext('chat.postMessage', { kind: 'error', error: 'invalid_blocks' });
    await deliveryFailure(sender.replies.send(conversationReplyTarget('D0ASHA'), answer), 'refused');
  });

  test('a 5xx is transient and not retried in place', async () => {
    const url = slack.newResponseUrl();
    slack.failNext('response_url', { kind: 'status', status: 503 });
    await deliveryFailure(sender.replies.send(commandReplyTarget(url, 'U1'), answer), 'transient');
    assert.equal(slack.callsTo('response_url', { all: true }).length, 1);
    slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' });
    await deliveryFailure(sender.digests.send(recipient, { text: 'hi' }, noPace), 'transient');
  });

  test('a target with a ts updates that message', async () => {
    await sender.replies.send({ platform: 'slack', address: { channel: 'D0ASHA', ts: '1.2' } }, answer);
    assert.equal(slack.callsTo('chat.update')[0]?.body.ts, '1.2');
  });

  test('a target of another platform is refused', async () => {
    await deliveryFailure(sender.replies.send({ platform: 'telegram', address: { chatId: '1' } }, answer), 'refused');
  });

  test('a digest opens a DM, uploads the chart and posts the text as its comment, after waiting its turn', async () => {
    const pace = countingPace();
    await sender.digests.send(recipient, chartDigest, pace.wait);
    assert.equal(slack.callsTo('conversations.open')[0]?.body.users, 'U0456');
    assert.equal(slack.callsTo('files.getUploadURLExternal')[0]?.body.length, String(chartPng.byteLength));
    assert.equal(slack.callsTo('upload').length, 1);
    const complete = slack.callsTo('files.completeUploadExternal')[0];
    assert.equal(complete?.body.channel_id, 'D0456');
    assert.equal(complete?.body.initial_comment, chartDigest.text);
    assert.equal(pace.count(), 1);
  });

  test('a digest without a chart is a plain message', async () => {
    await sender.digests.send(recipient, { text: 'Week 2026-W47: no expenses recorded.' }, noPace);
    assert.equal(slack.callsTo('chat.postMessage').at(-1)?.body.text, 'Week 2026-W47: no expenses recorded.');
  });

  test('a digest meeting a rate limit fails at once as throttled; a user who left is unreachable', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 3 });
    const throttled = await deliveryFailure(sender.digests.send(recipient, { text: 'hi' }, noPace), 'throttled');
    assert.equal(throttled.retryAfterMs, 3_000);
    assert.equal(slack.callsTo('chat.postMessage', { all: true }).length, 1);
    slack.failNext('conversations.open', { kind: 'error', error: 'user_disabled' });
    await deliveryFailure(sender.digests.send(recipient, { text: 'hi' }, noPace), 'unreachable');
  });

  test('user text in a digest stays text: a category <!channel> notifies nobody, in the comment or a message', async () => {
    const text = 'Your week 2026-W47\n\n<!channel>: ₹250.00\nR&D <@U0BOSS>: ₹120.00';
    await sender.digests.send(recipient, { ...chartDigest, text }, noPace);
    const comment = String(slack.callsTo('files.completeUploadExternal').at(-1)?.body.initial_comment);
    await sender.digests.send(recipient, { text }, noPace);
    const message = String(slack.callsTo('chat.postMessage').at(-1)?.body.text);
    for (const sent of [comment, message]) {
      assert.doesNotMatch(sent, /<!channel>|<@U0BOSS>|R&D/);
      assert.match(sent, /&lt;!channel&gt;/);
      // What Slack shows is exactly the digest's words.
      assert.equal(fromSlackText(sent), text);
    }
  });
});

test('a Slack that cannot be reached is a transient failure', async () => {
  const slack = await startFakeSlack();
  const client = createSlackWebClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }, log);
  const url = slack.newResponseUrl();
  await slack.close();
  const sender = createSlackSender({ client, log });
  await deliveryFailure(sender.replies.send(conversationReplyTarget('D0ASHA'), answer), 'transient');
  await deliveryFailure(sender.replies.send(commandReplyTarget(url, 'U1'), answer), 'transient');
  await deliveryFailure(sender.digests.send(recipient, chartDigest, noPace), 'transient');
});
