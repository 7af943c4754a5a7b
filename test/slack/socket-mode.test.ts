import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { pino } from 'pino';
import { type SlackAdapter, startSlack } from '../../src/bots/slack/start-slack.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack-server.ts';

const teamId = 'T0TEAM';

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  let core: CoreHarness | undefined;
  let slack: FakeSlack | undefined;
  let adapter: SlackAdapter | undefined;
  afterEach(async () => {
    await adapter?.stop();
    await slack?.close();
    await core?.close();
  });

  test('a command is answered in the envelope ack and a DM in the DM, over the WebSocket', async () => {
    core = await createCoreHarness();
    slack = await startFakeSlack({ appToken: 'xapp-test' });
    adapter = await startSlack({
      botToken: slack.botToken,
      appToken: 'xapp-test',
      apiUrl: slack.apiUrl,
      handleMessage: core.handle,
      log: pino({ level: 'silent' }),
    });
    assert.equal(adapter.mode, 'socket');
    assert.equal(slack.socketCount(), 1);

    const ack = (await slack.sendEnvelope('slash_commands', {
      team_id: teamId,
      user_id: 'U0ASHA',
      user_name: 'asha',
      command: '/expense',
      text: 'add 250 groceries',
      channel_id: 'C0CHANNEL',
      api_app_id: 'A0APP',
      response_url: slack.newResponseUrl(),
      trigger_id: '1.2.abc',
    })) as { text?: string; response_type?: string };
    assert.equal(ack.response_type, 'ephemeral');
    assert.match(ack.text ?? '', /Added #1: ₹250\.00 · groceries/);

    await slack.sendEnvelope('events_api', {
      team_id: teamId,
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: 'EvSOCKET1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: teamId, user_id: slack.botUserId, is_bot: true }],
      event: { type: 'message', channel: 'D0ASHA', channel_type: 'im', user: 'U0ASHA', text: 'list', ts: '1.1' },
    });
    await slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    assert.match(String(slack.callsTo('chat.postMessage')[0]?.body.text), /groceries/);

    await adapter.stop();
    adapter = undefined;
    await slack.waitFor(() => slack?.socketCount() === 0);
  });

  test('HTTP mode without a signing secret is a configuration error naming the variable', async () => {
    slack = await startFakeSlack();
    await assert.rejects(
      startSlack({
        botToken: slack.botToken,
        apiUrl: slack.apiUrl,
        handleMessage: async () => {
          throw new Error('unused');
        },
        log: pino({ level: 'silent' }),
      }),
      /SLACK_SIGNING_SECRET/,
    );
  });

  test('a bot token Slack refuses stops the start with a clear error', async () => {
    slack = await startFakeSlack({ appToken: 'xapp-test' });
    await assert.rejects(
      startSlack({
        botToken: 'xoxb-wrong',
        appToken: 'xapp-test',
        apiUrl: slack.apiUrl,
        handleMessage: async () => {
          throw new Error('unused');
        },
        log: pino({ level: 'silent' }),
      }),
      /SLACK_BOT_TOKEN was not accepted.*invalid_auth/,
    );
  });
});
