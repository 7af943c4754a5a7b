import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { workingOnItText } from '../../src/bots/slack/render-blocks.ts';
import type { WeekSummaryProvider } from '../../src/bots/slack/slack-handler-deps.ts';
import type { ReplyTarget } from '../../src/core/domain/reply-target.ts';
import type { MessageHandler } from '../../src/core/service/handle-message.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { weekSummary } from '../../src/core/service/week-summary.ts';
import { deleteAsksFirst } from '../support/delete-confirmation-scenario.ts';
import { ackOf, buttonValues, type SlackHarness, startSlackHarness, teamId } from './slack-harness.ts';

function homeOpened(harness: SlackHarness, user: string, eventId: string): string {
  return JSON.stringify({
    team_id: teamId,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: harness.slack.botUserId, is_bot: true }],
    event: { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '1.1' },
  });
}

async function expensesOf(harness: SlackHarness, user: string) {
  const found = await harness.core.store.findUser('slack', `${teamId}:${user}`);
  return found ? harness.core.store.listExpenses(found.id, {}) : [];
}

describe('the Slack adapter, end to end over signed HTTP requests', () => {
  let harness: SlackHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('a quick-add by /expense is confirmed in the ack, ephemeral, with an Undo button', async () => {
    harness = await startSlackHarness();
    const started = Date.now();
    const response = await harness.command('U0ASHA', 'add 250 groceries');
    assert.ok(Date.now() - started < 1000, 'acked well within 3 s');
    assert.equal(response.status, 200);
    const ack = ackOf(response);
    assert.equal(ack.response_type, 'ephemeral');
    assert.match(ack.text ?? '', /Added #1: ₹250\.00 · groceries · today/);
    assert.deepEqual(buttonValues(ack), ['undo #1']);
    assert.equal((await expensesOf(harness, 'U0ASHA')).length, 1);
    // Everything was in the ack: nothing else went to Slack.
    assert.equal(harness.slack.callsTo('response_url').length, 0);
    assert.equal(harness.slack.callsTo('chat.postMessage').length, 0);
  });

  test('/expense week and a plain question are answered in the ack', async () => {
    harness = await startSlackHarness();
    await harness.command('U0ASHA', 'add 250 groceries');
    await harness.command('U0ASHA', 'spent 1,250.50 on fuel');
    const week = ackOf(await harness.command('U0ASHA', 'week'));
    assert.match(week.text ?? '', /₹1,500\.50 \(2 expenses\)/);
    const question = ackOf(await harness.command('U0ASHA', 'how much on groceries this week?'));
    assert.match(question.text ?? '', /₹250\.00 \(1 expense\)/);
  });

  test('a question handed to the model is acked with "working on it", and its answer arrives by response_url', async () => {
    let target: ReplyTarget | undefined;
    harness = await startSlackHarness({
      wrap:
        (handle): MessageHandler =>
        async (message) => {
          if (!message.text.startsWith('why')) return handle(message);
          target = message.replyTarget;
          return textReply('queued', 'Looking into it');
        },
    });
    const response = await harness.command('U0ASHA', 'why is fuel so high?');
    assert.equal(ackOf(response).text, workingOnItText);
    assert.deepEqual(target, {
      platform: 'slack',
      address: { responseUrl: response.request.responseUrl, userId: 'U0ASHA' },
    });
    // Later, the delivery worker sends the model's answer with the adapter's sender.
    await harness.adapter.sender.send(target as ReplyTarget, textReply('answer', 'Fuel is up: 3 trips to Pune.'));
    const delivered = harness.slack.callsTo('response_url');
    assert.equal(delivered.length, 1);
    assert.equal(delivered[0]?.path, new URL(response.request.responseUrl).pathname);
    assert.equal(delivered[0]?.body.text, 'Fuel is up: 3 trips to Pune.');
    assert.equal(delivered[0]?.body.response_type, 'ephemeral');
  });

  test('Undo by button removes that expense and replaces the message', async () => {
    harness = await startSlackHarness();
    const first = await harness.command('U0ASHA', 'add 250 groceries');
    await harness.command('U0ASHA', 'add 90 snacks');
    const [undo] = buttonValues(ackOf(first));
    assert.equal(undo, 'undo #1');
    const tap = await harness.tap('U0ASHA', undo ?? '', first.request.responseUrl);
    assert.equal(tap.status, 200);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'response_url'));
    const [replaced] = harness.slack.callsTo('response_url');
    assert.equal(replaced?.body.replace_original, true);
    assert.match(String(replaced?.body.text), /^Undone: /);
    assert.match(String(replaced?.body.text), /groceries/);
    // The old button named #1: the newer #2 is still there.
    const left = await expensesOf(harness, 'U0ASHA');
    assert.deepEqual(
      left.map((expense) => expense.number),
      [2],
    );
  });

  test('a retried slash command (same trigger, X-Slack-Retry-Num) stores one expense and shows nothing more', async () => {
    harness = await startSlackHarness();
    const first = await harness.command('U0ASHA', 'add 250 groceries');
    const retry = await harness.command('U0ASHA', 'add 250 groceries', {
      triggerId: first.request.triggerId,
      responseUrl: first.request.responseUrl,
      retryNum: 1,
    });
    assert.equal(retry.status, 200);
    // The first ack carried the confirmation; the retry's ack is empty, so the user never sees it twice.
    assert.match(String(ackOf(first).text), /Added #1/);
    assert.equal(retry.body, null);
    assert.equal((await expensesOf(harness, 'U0ASHA')).length, 1);
    assert.equal(harness.slack.callsTo('response_url').length, 0);
    assert.equal(harness.slack.callsTo('chat.postMessage').length, 0);
  });

  test('a retried DM event stores one expense and replies once', async () => {
    harness = await startSlackHarness();
    const first = await harness.dm('U0ASHA', '250 groceries');
    assert.equal(first.status, 200);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    const retry = await harness.dm('U0ASHA', '250 groceries', { eventId: first.eventId, retryNum: 1 });
    assert.equal(retry.status, 200);
    const again = await harness.dm('U0ASHA', '250 groceries', { eventId: first.eventId, retryNum: 2 });
    assert.equal(again.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await expensesOf(harness, 'U0ASHA')).length, 1);
    assert.equal(harness.slack.callsTo('chat.postMessage').length, 1);
  });

  test('a bad signature is refused with 401 and nothing is stored', async () => {
    harness = await startSlackHarness();
    const wrongSecret = await harness.command('U0ASHA', 'add 250 groceries', { secret: 'not-the-secret' });
    assert.equal(wrongSecret.status, 401);
    const garbage = await harness.command('U0ASHA', 'add 250 groceries', { signature: 'v0=deadbeef' });
    assert.equal(garbage.status, 401);
    const dm = await harness.dm('U0ASHA', '250 groceries', { secret: 'not-the-secret' });
    assert.equal(dm.status, 401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await harness.core.store.findUser('slack', `${teamId}:U0ASHA`), undefined);
    assert.equal(harness.slack.calls.filter((call) => call.method !== 'auth.test').length, 0);
  });

  test('a correctly signed request older than 5 minutes is refused with 401', async () => {
    harness = await startSlackHarness();
    const stale = await harness.command('U0ASHA', 'add 250 groceries', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    assert.equal(stale.status, 401);
    assert.equal(await harness.core.store.findUser('slack', `${teamId}:U0ASHA`), undefined);
  });

  test('two users of one team never see each other’s expenses', async () => {
    harness = await startSlackHarness();
    await harness.command('U0ASHA', 'add 250 groceries');
    await harness.command('U0RAVI', 'add 100 fuel');
    const asha = ackOf(await harness.command('U0ASHA', 'week'));
    const ravi = ackOf(await harness.command('U0RAVI', 'week'));
    assert.match(asha.text ?? '', /groceries/);
    assert.doesNotMatch(asha.text ?? '', /fuel/);
    assert.match(ravi.text ?? '', /fuel/);
    assert.doesNotMatch(ravi.text ?? '', /groceries/);
    // Ravi's Undo of "#1" is his own #1, never Asha's.
    const undo = ackOf(await harness.command('U0RAVI', 'undo 1'));
    assert.match(undo.text ?? '', /fuel/);
    assert.equal((await expensesOf(harness, 'U0ASHA')).length, 1);
    assert.equal((await expensesOf(harness, 'U0RAVI')).length, 0);
  });

  test('the same user id in another workspace is another user', async () => {
    harness = await startSlackHarness();
    await harness.command('U0ASHA', 'add 250 groceries');
    const other = ackOf(await harness.command('U0ASHA', 'week', { team: 'T0OTHER' }));
    assert.doesNotMatch(other.text ?? '', /groceries/);
  });

  test('a DM conversation: quick-add, then a question, answered in the DM; bot messages and edits ignored', async () => {
    harness = await startSlackHarness();
    await harness.dm('U0ASHA', '250 groceries', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 1);
    await harness.dm('U0ASHA', 'how much did I spend this week?', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 2);
    const [added, answer] = harness.slack.callsTo('chat.postMessage');
    assert.equal(added?.body.channel, 'D0ASHA');
    assert.match(String(added?.body.text), /Added #1: ₹250\.00 · groceries/);
    assert.deepEqual(buttonValues(added?.body ?? {}), ['undo #1']);
    assert.match(String(answer?.body.text), /₹250\.00 \(1 expense\)/);

    await harness.dm('U0ASHA', '999 bot spam', { channel: 'D0ASHA', extra: { bot_id: 'B0OTHER' } });
    await harness.dm('U0ASHA', '999 edited', { channel: 'D0ASHA', extra: { subtype: 'message_changed' } });
    await harness.dm('U0ASHA', '999 in a channel', { channel: 'C0CHANNEL', extra: { channel_type: 'channel' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(harness.slack.callsTo('chat.postMessage').length, 2);
    assert.equal((await expensesOf(harness, 'U0ASHA')).length, 1);

    // The slash command and the DM are one conversation with one ledger.
    assert.match(ackOf(await harness.command('U0ASHA', 'list')).text ?? '', /groceries/);
  });

  test('"digest now" in the DM and /expense digest now both answer with this week\'s digest from the core', async () => {
    harness = await startSlackHarness();
    await harness.command('U0ASHA', 'add 250 groceries');
    await harness.dm('U0ASHA', 'Digest now', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    const [posted] = harness.slack.callsTo('chat.postMessage');
    assert.equal(posted?.body.channel, 'D0ASHA');
    assert.match(String(posted?.body.text), /^Your week \d{4}-W\d{2} .*\n\nTotal: ₹250\.00 in 1 expense/);
    const ack = ackOf(await harness.command('U0ASHA', 'digest now'));
    assert.match(ack.text ?? '', /^Your week \d{4}-W\d{2} .*\n\nTotal: ₹250\.00 in 1 expense/);
  });

  test('/expense delete asks first: Confirm deletes once, Cancel keeps it, a missing number is told at once', async () => {
    const slack = await startSlackHarness();
    harness = slack;
    await deleteAsksFirst<{ responseUrl: string; values: string[] }>(
      {
        async send(text) {
          // "/expense …" is the slash command; anything else (a bare "yes") is a DM in the same conversation.
          if (!text.startsWith('/expense ')) {
            const before = slack.slack.callsTo('chat.postMessage').length;
            await slack.dm('U0ASHA', text, { channel: 'D0ASHA' });
            await slack.slack.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length > before);
            const posted = slack.slack.callsTo('chat.postMessage')[before];
            return { text: String(posted?.body.text), buttons: [], handle: { responseUrl: '', values: [] } };
          }
          const response = await slack.command('U0ASHA', text.slice('/expense '.length));
          const ack = ackOf(response);
          const values = buttonValues(ack);
          return {
            text: ack.text ?? '',
            buttons: values.map((value) => (value.startsWith('confirm proposal') ? 'Confirm' : 'Cancel')),
            handle: { responseUrl: response.request.responseUrl, values },
          };
        },
        async tap(reply, label) {
          const value = reply.handle.values.find((entry) => entry.startsWith(`${label.toLowerCase()} proposal`));
          assert.ok(value, `a ${label} button`);
          const before = slack.slack.callsTo('response_url').length;
          assert.equal((await slack.tap('U0ASHA', value, reply.handle.responseUrl)).status, 200);
          await slack.slack.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length > before);
          const replaced = slack.slack.callsTo('response_url')[before];
          assert.equal(replaced?.body.replace_original, true, 'the answer replaces the question');
          return String(replaced?.body.text);
        },
        async expenseNumbers() {
          return (await expensesOf(slack, 'U0ASHA')).map((expense) => expense.number).sort((a, b) => a - b);
        },
      },
      (text) => `/expense ${text}`,
    );
  });

  test('a DM reply in a thread stays in that thread', async () => {
    harness = await startSlackHarness();
    await harness.dm('U0ASHA', '250 groceries', { channel: 'D0ASHA', extra: { thread_ts: '1764052200.000100' } });
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    assert.equal(harness.slack.callsTo('chat.postMessage')[0]?.body.thread_ts, '1764052200.000100');
  });

  test('a new user gets their Slack time zone; a slow users.info does not hold up the ack', async () => {
    harness = await startSlackHarness({ users: [{ id: 'U0ASHA', tz: 'Europe/London', displayName: 'Asha' }] });
    await harness.command('U0ASHA', 'add 250 groceries');
    const asha = await harness.core.store.findUser('slack', `${teamId}:U0ASHA`);
    assert.equal(asha?.timeZone, 'Europe/London');
    assert.equal(asha?.displayName, 'Asha');

    harness.slack.addUser({ id: 'U0RAVI', tz: 'America/New_York' });
    harness.slack.delay('users.info', 3000);
    const started = Date.now();
    const response = await harness.command('U0RAVI', 'add 100 fuel');
    assert.ok(Date.now() - started < 1500, `acked in ${Date.now() - started} ms`);
    assert.match(ackOf(response).text ?? '', /Added #1/);
    assert.equal((await harness.core.store.findUser('slack', `${teamId}:U0RAVI`))?.timeZone, 'Asia/Kolkata');
  });

  test('a failing users.info still lets the message through', async () => {
    harness = await startSlackHarness();
    harness.slack.failNext('users.info', { kind: 'error', error: 'user_not_found' });
    assert.match(ackOf(await harness.command('U0GHOST', 'add 10 tea')).text ?? '', /Added #1/);
  });

  test('when the core fails, the user gets a friendly ephemeral message and nothing crashes', async () => {
    harness = await startSlackHarness({
      wrap:
        (handle): MessageHandler =>
        async (message) => {
          if (message.text.includes('boom')) throw new Error('database is on fire');
          return handle(message);
        },
    });
    const response = await harness.command('U0ASHA', 'add 5 boom');
    assert.equal(response.status, 200);
    assert.match(ackOf(response).text ?? '', /something went wrong/i);
    assert.doesNotMatch(ackOf(response).text ?? '', /fire/);
    await harness.dm('U0ASHA', 'boom', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    assert.match(String(harness.slack.callsTo('chat.postMessage')[0]?.body.text), /something went wrong/i);
    // Still serving.
    assert.match(ackOf(await harness.command('U0ASHA', 'add 250 groceries')).text ?? '', /Added #1/);
  });

  test('a core slower than the ack budget gets "working on it" in time, then the reply by response_url', async () => {
    harness = await startSlackHarness({
      start: { ackBudgetMs: 300 },
      wrap:
        (handle): MessageHandler =>
        async (message) => {
          await new Promise((resolve) => setTimeout(resolve, 800));
          return handle(message);
        },
    });
    const started = Date.now();
    const response = await harness.command('U0ASHA', 'add 250 groceries');
    assert.ok(Date.now() - started < 700);
    assert.equal(ackOf(response).text, workingOnItText);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'response_url'));
    assert.match(String(harness.slack.callsTo('response_url')[0]?.body.text), /Added #1/);
  });

  test('user text is escaped in what Slack shows', async () => {
    harness = await startSlackHarness();
    // Slack sends "&", "<" and ">" escaped; a category of the user's own carries them back into the reply.
    const ack = ackOf(await harness.command('U0ASHA', 'add 250 R&amp;D &lt;tools&gt;'));
    assert.match(ack.text ?? '', /R&amp;D &lt;tools&gt;/);
    assert.doesNotMatch(ack.text ?? '', /<tools>/);
  });

  test('/expense help and an empty /expense show the help with every /expense command from the core’s list', async () => {
    harness = await startSlackHarness();
    for (const text of ['', 'help']) {
      const help = ackOf(await harness.command('U0ASHA', text)).text ?? '';
      assert.match(help, /I keep track of your spending/);
      for (const line of [
        '/expense add 250 groceries: Record spending',
        '/expense delete 12: Delete an expense (asks first)',
        '/expense digest now:',
      ]) {
        assert.ok(help.includes(line), `${JSON.stringify(text)} shows "${line}"`);
      }
    }
    assert.match(ackOf(await harness.command('U0ASHA', 'frobnicate')).text ?? '', /Sorry, I didn't get that/);
  });

  test('Slack’s URL check and ssl_check are answered', async () => {
    harness = await startSlackHarness();
    const challenge = await harness.post(
      JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' }),
      'application/json',
    );
    assert.deepEqual(challenge.body, { challenge: 'c-123' });
    const ssl = await harness.post('ssl_check=1&token=x', 'application/x-www-form-urlencoded', { signature: 'none' });
    assert.equal(ssl.status, 200);
  });

  test('opening the App Home publishes the home view with this week’s summary', async () => {
    harness = await startSlackHarness({
      start: { weekSummary: async (user) => (user === `${teamId}:U0ASHA` ? 'This week: ₹250.00 & counting' : null) },
    });
    const body = homeOpened(harness, 'U0ASHA', 'EvHOME1');
    assert.equal((await harness.post(body, 'application/json')).status, 200);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'views.publish'));
    const [publish] = harness.slack.callsTo('views.publish');
    assert.equal(publish?.body.user_id, 'U0ASHA');
    assert.match(JSON.stringify(publish?.body.view), /This week: ₹250\.00 &amp; counting/);
  });

  test('the Home tab shows the week in the core’s words and adds nothing to the conversation', async () => {
    let summary: WeekSummaryProvider = async () => null;
    harness = await startSlackHarness({ start: { weekSummary: (user) => summary(user) } });
    const core = harness.core;
    summary = (user) => weekSummary(core, 'slack', user);
    await harness.command('U0ASHA', 'add 250 groceries');
    const asha = await harness.core.store.findUser('slack', `${teamId}:U0ASHA`);
    assert.ok(asha);
    const thread = await harness.core.store.getThread(asha.id);
    const before = await harness.core.store.recentThreadMessages(thread.id, 100);
    assert.equal((await harness.post(homeOpened(harness, 'U0ASHA', 'EvHOME2'), 'application/json')).status, 200);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'views.publish'));
    assert.match(JSON.stringify(harness.slack.callsTo('views.publish')[0]?.body.view), /₹250\.00 \(1 expense\)/);
    assert.deepEqual(await harness.core.store.recentThreadMessages(thread.id, 100), before);
    // Someone who never used the bot gets the tab too.
    await harness.post(homeOpened(harness, 'U0NEW', 'EvHOME3'), 'application/json');
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'views.publish').length === 2);
    assert.match(
      JSON.stringify(harness.slack.callsTo('views.publish')[1]?.body.view),
      /Nothing recorded this week yet/,
    );
    assert.equal(await harness.core.store.findUser('slack', `${teamId}:U0NEW`), undefined);
  });

  test('after stop(), requests are refused with 503', async () => {
    harness = await startSlackHarness();
    await harness.adapter.stop();
    const response = await harness.command('U0ASHA', 'add 250 groceries');
    assert.equal(response.status, 503);
    assert.equal(await harness.core.store.findUser('slack', `${teamId}:U0ASHA`), undefined);
  });
});
