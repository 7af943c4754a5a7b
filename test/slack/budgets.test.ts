/** Budgets on Slack: `/expense budget …` answered in the ack, the same words in the DM, Remove by button. */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { ackOf, buttonValues, type SlackHarness, startSlackHarness } from './slack-harness.ts';

describe('budgets on Slack, end to end over signed HTTP requests', () => {
  let harness: SlackHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('/expense budget sets and lists; a quick-add alerts once; the Remove button removes', async () => {
    harness = await startSlackHarness();
    // A first command on a cold database (SQL Server's run of this file) may pass the ack budget; this one may.
    await harness.command('U0ASHA', 'help');
    const set = ackOf(await harness.command('U0ASHA', 'budget transport 1500 weekly'));
    assert.equal(set.response_type, 'ephemeral');
    assert.match(set.text ?? '', /^Budget set: transport ₹1,500\.00 a week\./);
    assert.deepEqual(buttonValues(set), ['budgets', 'remove budget transport']);

    const crossing = ackOf(await harness.command('U0ASHA', '1300 uber'));
    assert.match(crossing.text ?? '', /transport: ₹1,300\.00 of ₹1,500\.00 this week · 86 %/);
    assert.match(crossing.text ?? '', /⚠️ Budget alert: 86 % of your transport budget used this week/);
    const next = ackOf(await harness.command('U0ASHA', '10 auto'));
    assert.doesNotMatch(next.text ?? '', /Budget alert/);

    const listed = await harness.command('U0ASHA', 'budgets');
    assert.match(
      ackOf(listed).text ?? '',
      /^Your budgets:\n• transport \(₹1,500\.00 a week\): ₹1,310\.00 spent · 87 %/,
    );
    const [remove] = buttonValues(ackOf(listed));
    assert.equal(remove, 'remove budget transport');
    await harness.tap('U0ASHA', remove ?? '', listed.request.responseUrl);
    await harness.slack.waitFor((calls) => calls.some((call) => call.method === 'response_url'));
    const [removed] = harness.slack.callsTo('response_url');
    assert.match(String(removed?.body.text), /^Removed your transport budget \(₹1,500\.00 a week\)\./);
    assert.match(ackOf(await harness.command('U0ASHA', 'budget')).text ?? '', /^You have no budgets yet/);
  });

  test('the same words in the DM: "remove budget groceries" removes it, "delete 1" still asks about #1', async () => {
    harness = await startSlackHarness();
    await harness.dm('U0ASHA', 'set a budget of 5000 for groceries per month', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 1);
    await harness.dm('U0ASHA', '4200 groceries', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 2);
    await harness.dm('U0ASHA', 'remove budget groceries', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 3);
    await harness.dm('U0ASHA', 'delete 1', { channel: 'D0ASHA' });
    await harness.slack.waitFor((calls) => calls.filter((call) => call.method === 'chat.postMessage').length === 4);
    const [set, added, removed, deleting] = harness.slack
      .callsTo('chat.postMessage')
      .map((call) => String(call.body.text));
    assert.match(set ?? '', /^Budget set: groceries ₹5,000\.00 a month\./);
    assert.match(added ?? '', /groceries: ₹4,200\.00 of ₹5,000\.00 this month · 84 %\n⚠️ Budget alert: 84 %/);
    assert.match(removed ?? '', /^Removed your groceries budget/);
    assert.match(deleting ?? '', /#1 · ₹4,200\.00 groceries/);
    assert.match(deleting ?? '', /Delete it\?/);
  });

  test('/expense help lists the budget command', async () => {
    harness = await startSlackHarness();
    const help = ackOf(await harness.command('U0ASHA', 'help')).text ?? '';
    assert.ok(help.includes('/expense budget groceries 5000 monthly: Budgets'), help);
  });
});
