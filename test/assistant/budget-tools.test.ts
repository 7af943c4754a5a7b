/** The model and budgets: budget_status quotes SQL figures the grounding accepts; add_expense alerts once. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkGrounding } from '../../src/core/assistant/grounding.ts';
import { createToolRegistry } from '../../src/core/assistant/tool-registry.ts';
import type { User } from '../../src/core/domain/user.ts';
import { type AssistantFixture, createAssistantFixture, now, toolOutputs } from './assistant-fixture.ts';

describe('budgets and the model', () => {
  let fx: AssistantFixture;
  let user: User;

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('meera');
    await fx.store.setBudget({
      userId: user.id,
      category: 'groceries',
      amount: { minor: 5000_00, currency: 'INR' },
      period: 'month',
      createdAt: now,
    });
    await fx.store.setBudget({
      userId: user.id,
      category: null,
      amount: { minor: 1500_00, currency: 'INR' },
      period: 'week',
      createdAt: now,
    });
    await fx.addExpense(user, '3750.50', 'groceries', '2026-11-02');
    await fx.addExpense(user, '300', 'fuel', '2026-11-24');
  });
  after(() => fx.close());

  it('budget_status gives amount, spent, remaining as decimal strings, with percent and days left', async () => {
    const tools = createToolRegistry(fx.toolContext(user, 'run:status'));
    const record = await tools.run({ callId: 'c1', name: 'budget_status', arguments: '{"category":null}' });
    const output = JSON.parse(record.output) as { budgets: Array<Record<string, unknown>> };
    assert.deepEqual(output.budgets, [
      {
        category: 'overall',
        overall: true,
        period: 'week',
        period_from: '2026-11-23',
        period_to: '2026-11-29',
        amount: { decimal: '1500.00', currency: 'INR', formatted: '₹1,500.00' },
        spent: { decimal: '300.00', currency: 'INR', formatted: '₹300.00' },
        remaining: { decimal: '1200.00', currency: 'INR', formatted: '₹1,200.00' },
        percent_used: 20,
        days_left: 5,
      },
      {
        category: 'groceries',
        overall: false,
        period: 'month',
        period_from: '2026-11-01',
        period_to: '2026-11-30',
        amount: { decimal: '5000.00', currency: 'INR', formatted: '₹5,000.00' },
        spent: { decimal: '3750.50', currency: 'INR', formatted: '₹3,750.50' },
        remaining: { decimal: '1249.50', currency: 'INR', formatted: '₹1,249.50' },
        percent_used: 75,
        days_left: 6,
      },
    ]);
    const only = await tools.run({ callId: 'c2', name: 'budget_status', arguments: '{"category":"grocery"}' });
    assert.deepEqual(
      (JSON.parse(only.output) as { budgets: Array<{ category: string }> }).budgets.map((entry) => entry.category),
      ['groceries'],
    );
    // An answer quoting its figures (and the percentage) passes the grounding check; a made-up one does not.
    const grounded = checkGrounding({
      reply: 'You have used ₹3,750.50 of your ₹5,000.00 groceries budget (75 %), so ₹1,249.50 is left for 6 days.',
      toolResults: [output],
      userMessage: 'how is my grocery budget?',
      locale: 'en-IN',
      currency: 'INR',
    });
    assert.deepEqual(grounded.ungrounded, []);
    assert.equal(grounded.grounded, true);
    const invented = checkGrounding({
      reply: 'You have ₹1,300.00 left.',
      toolResults: [output],
      userMessage: 'how is my grocery budget?',
      locale: 'en-IN',
      currency: 'INR',
    });
    assert.equal(invented.grounded, false);
  });

  it('an add_expense that crosses 80 % ends the reply with the alert, once, and a replayed run says it again', async () => {
    const add = { amount: '400', currency: null, category: 'groceries', note: null, spent_on: null };
    fx.fake.script({ type: 'calls', calls: [{ name: 'add_expense', callId: 'call_add', arguments: add }] }, (body) => {
      const [output] = toolOutputs(body) as Array<{ budgets: Array<{ spent: { formatted: string } }> }>;
      return { type: 'text', text: `Done. Groceries so far: ${output?.budgets[0]?.spent.formatted}.` };
    });
    const first = await fx.run(user, 'add 400 for groceries', { runKey: 'run:cross' });
    assert.match(
      first.reply,
      /⚠️ Budget alert: 83 % of your groceries budget used this month — ₹4,150\.50 of ₹5,000\.00/,
    );
    assert.equal(first.reply.match(/Budget alert/g)?.length, 1);
    const alerts = await fx.store.listBudgetAlerts(user.id, '2026-11-01');
    assert.deepEqual(
      alerts.map((alert) => [alert.threshold, alert.sourceKey]),
      [[80, 'run:cross:call_add']],
    );

    // The same run again (its worker died before the reply was saved): same expense, same alert text, no new row.
    fx.fake.script({ type: 'calls', calls: [{ name: 'add_expense', callId: 'call_add', arguments: add }] }, () => ({
      type: 'text',
      text: 'Done.',
    }));
    const replay = await fx.run(user, 'add 400 for groceries', { runKey: 'run:cross' });
    assert.match(replay.reply, /⚠️ Budget alert: 83 % of your groceries budget/);
    assert.equal((await fx.store.listBudgetAlerts(user.id, '2026-11-01')).length, 1);
    const groceries = await fx.store.listExpenses(user.id, { categoryKey: 'groceries' });
    assert.equal(groceries.length, 2);

    // Another run that adds more stays under 100 %: no alert.
    fx.fake.script(
      { type: 'calls', calls: [{ name: 'add_expense', callId: 'call_more', arguments: { ...add, amount: '10' } }] },
      () => ({ type: 'text', text: 'Done.' }),
    );
    const more = await fx.run(user, 'add 10 for groceries', { runKey: 'run:more' });
    assert.doesNotMatch(more.reply, /Budget alert/);
  });

  it('a confirmed edit that takes a budget past 100 % says so in the confirmation, once', async () => {
    const expense = await fx.addExpense(user, '10', 'groceries');
    await fx.store.saveProposal({
      userId: user.id,
      sourceKey: 'run:edit:proposal',
      changes: [
        {
          kind: 'edit',
          number: expense.number,
          before: { amount: expense.amount, category: expense.category, note: expense.note, spentOn: expense.spentOn },
          changes: { amount: { minor: 1000_00, currency: 'INR' } },
        },
      ],
      createdAt: now,
      expiresAt: '2026-11-25T07:00:00.000Z',
    });
    const result = await fx.decide(user, 'confirmed', null);
    assert.match(result.reply.text, /🚨 Budget alert: your groceries budget is used up this month/);
    // The weekly overall budget went from 20 % past 100 % with it: one alert each, the higher threshold said.
    assert.match(result.reply.text, /🚨 Budget alert: your overall budget is used up this week/);
    assert.equal(result.reply.text.match(/Budget alert/g)?.length, 2);
    const names = new Map((await fx.store.listBudgets(user.id)).map((budget) => [budget.id, budget.category]));
    assert.deepEqual(
      (await fx.store.listBudgetAlerts(user.id, '2026-11-01')).map((alert) => [
        names.get(alert.budgetId),
        alert.threshold,
      ]),
      [
        ['groceries', 80],
        ['groceries', 100],
        [null, 80],
        [null, 100],
      ],
    );
  });
});
