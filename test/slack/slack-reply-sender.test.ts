import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { pino } from 'pino';
import { SlackDeliveryError } from '../../src/bots/slack/slack-delivery-error.ts';
import { createSlackReplySender } from '../../src/bots/slack/slack-reply-sender.ts';
import { commandReplyTarget, conversationReplyTarget } from '../../src/bots/slack/slack-reply-target.ts';
import { createSlackWebClient } from '../../src/bots/slack/slack-web-client.ts';
import type { ReplySender } from '../../src/core/ports/reply-sender.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack-server.ts';

const log = pino({ level: 'silent' });
const answer = textReply('answer', 'You spent ₹1,250.50 on fuel & tolls this week.');

describe('the Slack reply sender', () => {
  let slack: FakeSlack;
  let sender: ReplySender;
  beforeEach(async () => {
    slack = await startFakeSlack();
    const client = createSlackWebClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }, log);
    sender = createSlackReplySender({ client, log, maxWaitSeconds: 5 });
  });
  afterEach(() => slack.close());

  test('delivers an answer to a command’s response_url as an ephemeral message', async () => {
    const url = slack.newResponseUrl();
    await sender.send(commandReplyTarget(url, 'U1'), answer);
    const [call, ...more] = slack.callsTo('response_url');
    assert.equal(more.length, 0);
    assert.equal(call?.body.response_type, 'ephemeral');
    assert.equal(call?.body.replace_original, false);
    assert.equal(call?.body.text, 'You spent ₹1,250.50 on fuel &amp; tolls this week.');
  });

  test('waits out a 429 Retry-After on the response_url and delivers once', async () => {
    const url = slack.newResponseUrl();
    slack.failNext('response_url', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await sender.send(commandReplyTarget(url, 'U1'), answer);
    assert.ok(Date.now() - started >= 1000, 'waited the Retry-After');
    assert.equal(slack.callsTo('response_url', { all: true }).length, 2);
    assert.equal(slack.callsTo('response_url').length, 1);
  });

  test('waits out a 429 Retry-After on chat.postMessage and posts once', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    await sender.send(conversationReplyTarget('D0ASHA', '1764052200.000100'), answer);
    assert.ok(Date.now() - started >= 1000, 'waited the Retry-After');
    const posts = slack.callsTo('chat.postMessage');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.body.channel, 'D0ASHA');
    assert.equal(posts[0]?.body.thread_ts, '1764052200.000100');
    assert.equal(slack.callsTo('chat.postMessage', { all: true }).length, 2);
  });

  test('a Retry-After longer than it waits in place is a retryable error, and nothing is posted', async () => {
    slack.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 120 });
    await assert.rejects(sender.send(conversationReplyTarget('D0ASHA'), answer), (error: unknown) => {
      assert.ok(error instanceof SlackDeliveryError);
      assert.equal(error.code, 'rate_limited');
      assert.equal(error.retryable, true);
      assert.equal(error.permanent, false);
      assert.equal(error.retryAfterMs, 120_000);
      return true;
    });
    assert.equal(slack.callsTo('chat.postMessage').length, 0);
  });

  test('an expired response_url falls back to a DM to the user', async () => {
    const url = slack.newResponseUrl();
    slack.expireResponseUrl(url);
    await sender.send(commandReplyTarget(url, 'U0ASHA'), answer);
    const posts = slack.callsTo('chat.postMessage');
    assert.equal(posts.length, 1);
    assert.equal(posts[0]?.body.channel, 'U0ASHA');
  });

  test('a used-up response_url (5 posts) falls back to the DM too', async () => {
    const url = slack.newResponseUrl();
    for (let i = 0; i < 5; i += 1) await sender.send(commandReplyTarget(url, 'U0ASHA'), answer);
    await sender.send(commandReplyTarget(url, 'U0ASHA'), answer);
    assert.equal(slack.callsTo('response_url').length, 5);
    assert.equal(slack.callsTo('chat.postMessage').length, 1);
  });

  test('a refused post is a non-retryable platform error', async () => {
    slack.failNext('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    await assert.rejects(sender.send(conversationReplyTarget('D0GONE'), answer), (error: unknown) => {
      assert.ok(error instanceof SlackDeliveryError);
      assert.equal(error.code, 'platform_error');
      assert.equal(error.retryable, false);
      assert.equal(error.permanent, true);
      return true;
    });
  });

  test('a 5xx from the response_url is retryable and not retried in place', async () => {
    const url = slack.newResponseUrl();
    slack.failNext('response_url', { kind: 'status', status: 503 });
    await assert.rejects(sender.send(commandReplyTarget(url, 'U1'), answer), (error: unknown) => {
      assert.ok(error instanceof SlackDeliveryError);
      assert.equal(error.retryable, true);
      return true;
    });
    assert.equal(slack.callsTo('response_url', { all: true }).length, 1);
  });

  test('a target with a ts updates that message', async () => {
    await sender.send({ platform: 'slack', address: { channel: 'D0ASHA', ts: '1.2' } }, answer);
    assert.equal(slack.callsTo('chat.update')[0]?.body.ts, '1.2');
  });

  test('a target of another platform is refused', async () => {
    await assert.rejects(sender.send({ platform: 'telegram', address: { chatId: '1' } }, answer), SlackDeliveryError);
  });
});
