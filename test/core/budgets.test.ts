/** Budgets through the message handler: set, list, remove, where a quick-add stands, and alerts exactly once. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { type CoreHarness, createCoreHarness, message } from '../support/core-harness.ts';

/** Friday 4 December 2026, 12:00 in Kolkata. */
const friday = '2026-12-04T06:30:00Z';

describe('budgets in the chat', () => {
  let harness: CoreHarness;
  let sequence = 0;
  /** Each test its own user, so their budgets and alerts start empty. */
  const newUser = () => `budgeter-${++sequence}`;
  const alertsOf = async (name: string) => {
    const user = (await harness.store.findUser('cli', name)) as User;
    return harness.store.listBudgetAlerts(user.id, '2000-01-01');
  };

  before(async () => {
    harness = await createCoreHarness(friday);
  });
  after(() => harness.close());

  test('"budget groceries 5000 monthly" sets it; "budgets" lists spent, left and days left; "remove budget groceries" removes it', async () => {
    harness.clock.set(friday);
    const asha = newUser();
    const set = await harness.say(asha, 'budget groceries 5000 monthly');
    assert.equal(set.kind, 'budget');
    assert.match(
      set.text,
      /^Budget set: groceries ₹5,000\.00 a month\.\ngroceries: ₹0\.00 of ₹5,000\.00 this month · 0 % · 28 days left$/,
    );
    await harness.say(asha, '1,200.50 groceries');
    await harness.say(asha, 'budget transport 1500 weekly');
    const listed = await harness.say(asha, 'budgets');
    assert.equal(
      listed.text,
      [
        'Your budgets:',
        '• groceries (₹5,000.00 a month): ₹1,200.50 spent · 24 % · ₹3,799.50 left · 28 days left',
        // Weeks run Monday to Sunday: Friday leaves Friday, Saturday and Sunday.
        '• transport (₹1,500.00 a week): ₹0.00 spent · 0 % · ₹1,500.00 left · 3 days left',
      ].join('\n'),
    );
    assert.deepEqual(
      listed.buttons.map((button) => button.command),
      ['remove budget groceries', 'remove budget transport'],
    );
    const removed = await harness.say(asha, 'remove budget groceries');
    assert.equal(removed.text, 'Removed your groceries budget (₹5,000.00 a month).');
    const again = await harness.say(asha, 'delete budget groceries');
    assert.equal(again.kind, 'not_found');
    // "delete 1" is still the delete of expense #1, which asks first.
    const deleting = await harness.say(asha, 'delete 1');
    assert.equal(deleting.kind, 'confirmation');
  });

  test('a quick-add says where its budgets stand, in the currency of each', async () => {
    harness.clock.set(friday);
    const ravi = newUser();
    await harness.say(ravi, 'budget groceries 5000 monthly');
    await harness.say(ravi, 'budget 20000 a month');
    await harness.say(ravi, 'budget coffee $20 weekly');
    const added = await harness.say(ravi, '4200 groceries');
    assert.equal(
      added.text,
      [
        'Added #1: ₹4,200.00 · groceries · today',
        'This week so far: ₹4,200.00',
        'overall: ₹4,200.00 of ₹20,000.00 this month · 21 %',
        'groceries: ₹4,200.00 of ₹5,000.00 this month · 84 %',
        '⚠️ Budget alert: 84 % of your groceries budget used this month — ₹4,200.00 of ₹5,000.00, ₹800.00 left for 28 days.',
      ].join('\n'),
    );
    // Rupee coffee does not count toward a dollar budget.
    const coffee = await harness.say(ravi, '150 coffee');
    assert.doesNotMatch(coffee.text, /coffee: /);
    const dollars = await harness.say(ravi, '$5 coffee');
    assert.match(dollars.text, /coffee: \$5\.00 of \$20\.00 this week · 25 %/);
  });

  test('crossing 80 % and then 100 % alerts once each; an undo back under does not re-arm either', async () => {
    harness.clock.set(friday);
    const user = newUser();
    await harness.say(user, 'budget groceries 1000 monthly');
    const first = await harness.say(user, '850 groceries');
    assert.match(first.text, /⚠️ Budget alert: 85 %/);
    const second = await harness.say(user, '50 groceries');
    assert.doesNotMatch(second.text, /Budget alert/);
    const undone = await harness.say(user, 'undo');
    assert.equal(undone.kind, 'expense_undone');
    // Back under 80 % and up again: the 80 % alert of this month was told already.
    await harness.say(user, 'undo');
    const under = await harness.say(user, 'budgets');
    assert.match(under.text, /0 %/);
    const again = await harness.say(user, '900 groceries');
    assert.doesNotMatch(again.text, /Budget alert/);
    const over = await harness.say(user, '200 groceries');
    assert.match(
      over.text,
      /🚨 Budget alert: your groceries budget is used up this month — ₹1,100\.00 of ₹1,000\.00 \(110 %\), ₹100\.00 over\./,
    );
    await harness.say(user, 'undo');
    const overAgain = await harness.say(user, '300 groceries');
    assert.doesNotMatch(overAgain.text, /Budget alert/);
    assert.deepEqual(
      (await alertsOf(user)).map((alert) => [alert.periodStart, alert.threshold]),
      [
        ['2026-12-01', 80],
        ['2026-12-01', 100],
      ],
    );
  });

  test('an edit that raises the amount crosses too; a redelivered message repeats its reply and records nothing more', async () => {
    harness.clock.set(friday);
    const user = newUser();
    await harness.say(user, 'budget fuel 2000 weekly');
    await harness.say(user, '100 fuel');
    const key = `redelivered:${user}`;
    const edit = await harness.handle(message(user, 'edit 1 1700', key));
    assert.match(
      edit.text,
      /^Updated: #1 · ₹1,700\.00 fuel · 4 Dec\n\(was ₹100\.00 fuel · 4 Dec\)\n⚠️ Budget alert: 85 % of your fuel budget used this week/,
    );
    const redelivered = await harness.handle(message(user, 'edit 1 1700', key));
    assert.equal(redelivered.repeated, true);
    assert.equal(redelivered.text, edit.text);
    assert.equal((await alertsOf(user)).length, 1);
  });

  test("a new period re-arms the alerts; weeks follow the user's week start in their time zone", async () => {
    harness.clock.set(friday);
    const user = newUser();
    await harness.say(user, 'set week start sunday');
    await harness.say(user, 'budget food 1000 weekly');
    const friday80 = await harness.say(user, '900 food');
    assert.match(friday80.text, /Budget alert: 90 %/);
    // Saturday 5 Dec, 23:00 in Kolkata (17:30 UTC): still the week from Sunday 29 Nov.
    harness.clock.set('2026-12-05T17:30:00Z');
    const saturday = await harness.say(user, '50 food');
    assert.doesNotMatch(saturday.text, /Budget alert/);
    // Sunday 6 Dec 00:30 in Kolkata (5 Dec 19:00 UTC): a new week, counted from zero.
    harness.clock.set('2026-12-05T19:00:00Z');
    const sunday = await harness.say(user, '850 food');
    assert.match(sunday.text, /food: ₹850\.00 of ₹1,000\.00 this week · 85 %/);
    assert.match(sunday.text, /Budget alert: 85 %/);
    assert.deepEqual(
      (await alertsOf(user)).map((alert) => [alert.periodStart, alert.threshold]),
      [
        ['2026-11-29', 80],
        ['2026-12-06', 80],
      ],
    );
  });

  test('a budget set past a threshold says so and does not alert about it later; a new amount is a new plan', async () => {
    harness.clock.set(friday);
    const user = newUser();
    await harness.say(user, '4500 rent');
    const set = await harness.say(user, 'budget rent 5000 monthly');
    assert.match(set.text, /rent: ₹4,500\.00 of ₹5,000\.00 this month · 90 %/);
    const next = await harness.say(user, '100 rent');
    assert.doesNotMatch(next.text, /Budget alert/);
    const raised = await harness.say(user, 'budget rent 6000 monthly');
    assert.match(raised.text, /Budget set: rent ₹6,000\.00 a month \(was ₹5,000\.00 a month\)\./);
    const crossing = await harness.say(user, '300 rent');
    assert.match(crossing.text, /Budget alert: 81 % of your rent budget/);
    const same = await harness.say(user, 'budget rent 6000 monthly');
    assert.match(same.text, /already ₹6,000\.00 a month/);
  });

  test('bad budget input gets a friendly reply and changes nothing', async () => {
    harness.clock.set(friday);
    const user = newUser();
    const zero = await harness.say(user, 'budget groceries 0 monthly');
    assert.equal(zero.kind, 'invalid');
    assert.match(zero.text, /more than zero/);
    const unknown = await harness.say(user, 'budget groceries 5000 XYZ');
    assert.equal(unknown.kind, 'invalid');
    const empty = await harness.say(user, 'budget groceries');
    assert.match(empty.text, /budget groceries 5000 monthly/);
    const none = await harness.say(user, 'budgets');
    assert.match(none.text, /no budgets yet/);
  });
});
