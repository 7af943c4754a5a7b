/**
 * Recurring expenses on Slack, end to end against the fake Web API: `/expense recurring …` and the DM set up, list
 * and stop rules, and an occurrence's message goes to the user's DM through finbot's Slack sender, with an Undo
 * button that works.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { pino } from 'pino';
import { directMessageSendersFrom } from '../../src/app/direct-message-senders.ts';
import { createSlackSender } from '../../src/bots/slack/slack-sender.ts';
import { createSlackWebClient } from '../../src/bots/slack/slack-web-client.ts';
import { runRecurringTick } from '../../src/core/recurring/recurring-tick.ts';
import { ackOf, buttonValues, type SlackHarness, startSlackHarness, teamId } from './slack-harness.ts';

describe('recurring expenses on Slack', () => {
  let harness: SlackHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('/expense recurring and the DM set up, list and stop rules; an occurrence reaches the DM with a working Undo', async () => {
    harness = await startSlackHarness();
    const { core, slack } = harness;
    core.clock.set('2027-01-02T06:30:00Z');
    const set = ackOf(await harness.command('U0ASHA', 'recurring rent 15000 every month on the 3rd'));
    assert.match(set.text ?? '', /Recurring: ₹15,000\.00 rent, every month on the 3rd\.\nNext: 3 Jan\./);
    await harness.dm('U0ASHA', 'netflix 649 monthly on the 20th', { channel: 'D0ASHA' });
    await slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 1);
    assert.match(
      String(slack.callsTo('chat.postMessage')[0]?.body.text),
      /₹649\.00 entertainment \(netflix\), every month on the 20th/,
    );
    const list = ackOf(await harness.command('U0ASHA', 'recurring'));
    assert.match(
      list.text ?? '',
      /• ₹15,000\.00 rent — every month on the 3rd · next 3 Jan\n• ₹649\.00 entertainment \(netflix\) — every month on the 20th · next 20 Jan/,
    );

    core.clock.set('2027-01-03T04:00:00Z');
    const client = createSlackWebClient({ botToken: slack.botToken, apiUrl: slack.apiUrl }, pino({ level: 'silent' }));
    const senders = directMessageSendersFrom({ slack: createSlackSender({ client, log: pino({ level: 'silent' }) }) });
    const report = await runRecurringTick({
      store: core.store,
      clock: core.clock,
      wallClock: core.clock,
      senders,
      staleSendingMs: 600_000,
      maxAttempts: 3,
      backoffMs: () => 60_000,
    });
    assert.deepEqual(report.notices, { sent: 1, retrying: 0, givenUp: 0 });
    const posts = slack.callsTo('chat.postMessage');
    assert.equal(posts.length, 2);
    const occurrence = posts[1];
    assert.equal(occurrence?.body.channel, 'U0ASHA');
    assert.match(String(occurrence?.body.text), /Recorded your recurring rent: #1 · ₹15,000\.00 · 3 Jan/);
    assert.deepEqual(buttonValues(occurrence?.body ?? {}), ['undo #1']);

    const user = await core.store.findUser('slack', `${teamId}:U0ASHA`);
    assert.ok(user);
    assert.equal((await core.store.listExpenses(user.id, {})).length, 1);
    const tapped = await harness.tap('U0ASHA', 'undo #1', slack.newResponseUrl());
    assert.equal(tapped.status, 200);
    await slack.waitFor((calls) => calls.some((call) => /Undone: #1/.test(JSON.stringify(call.body))));
    await waitUntilEmpty(async () => (await core.store.listExpenses(user.id, {})).length);

    const stopped = ackOf(await harness.command('U0ASHA', 'recurring stop netflix'));
    assert.match(
      stopped.text ?? '',
      /Stopped \(expenses already recorded stay\):\n• ₹649\.00 entertainment \(netflix\)/,
    );
    await harness.dm('U0ASHA', 'stop recurring rent', { channel: 'D0ASHA' });
    await slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 3);
    assert.match(String(slack.callsTo('chat.postMessage')[2]?.body.text), /Stopped .*\n• ₹15,000\.00 rent/);
    assert.match(ackOf(await harness.command('U0ASHA', 'recurring')).text ?? '', /No recurring expenses yet/);
  });

  test('the /expense help lists recurring', async () => {
    harness = await startSlackHarness();
    const help = ackOf(await harness.command('U0ASHA', ''));
    assert.match(JSON.stringify(help), /recurring/);
  });
});

async function waitUntilEmpty(count: () => Promise<number>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await count()) > 0) {
    if (Date.now() > deadline) throw new Error('the expense is still there');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
