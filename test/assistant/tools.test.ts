import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToolRegistry, type ToolRegistry } from '../../src/core/assistant/tool-registry.ts';
import type { User } from '../../src/core/domain/user.ts';
import { type AssistantFixture, createAssistantFixture } from './assistant-fixture.ts';

const period = (kind: string, extra: Record<string, unknown> = {}) => ({
  kind,
  days: null,
  week: null,
  from: null,
  to: null,
  ...extra,
});

describe('the tools', () => {
  let fx: AssistantFixture;
  let user: User;
  let tools: ToolRegistry;
  let calls = 0;

  const call = async (name: string, args: Record<string, unknown>, callId = `call_${++calls}`) => {
    const record = await tools.run({ callId, name, arguments: JSON.stringify(args) });
    return { record, output: JSON.parse(record.output) };
  };

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('ravi');
    tools = createToolRegistry(fx.toolContext(user, 'msg:7'));
    await fx.addExpense(user, '100', 'coffee', '2026-11-09');
    await fx.addExpense(user, '200.25', 'coffee', '2026-11-17');
    await fx.addExpense(user, '300', 'books', '2026-11-18');
    await fx.addExpense(user, '50.50', 'coffee', '2026-11-24');
    await fx.addExpense(user, '75', 'coffee', '2026-11-24');
  });
  after(() => fx.close());

  it('every schema is strict: all properties required, no others allowed', () => {
    for (const definition of tools.definitions) {
      const schema = definition.parameters as { properties: Record<string, unknown>; required: string[] };
      assert.equal(definition.strict, true);
      assert.equal((schema as Record<string, unknown>).additionalProperties, false, definition.name);
      assert.deepEqual([...schema.required].sort(), Object.keys(schema.properties).sort(), definition.name);
      assert.equal((schema as Record<string, unknown>).$schema, undefined);
    }
  });

  it('add_expense run twice with the same run key and call id stores one expense', async () => {
    const args = { amount: '42.50', currency: null, category: 'coffee', note: 'Blue Tokai', spent_on: null };
    const first = await call('add_expense', args, 'call_same');
    const again = await createToolRegistry(fx.toolContext(user, 'msg:7')).run({
      callId: 'call_same',
      name: 'add_expense',
      arguments: JSON.stringify(args),
    });

    const stored = await fx.store.listExpenses(user.id, { from: '2026-11-25', to: '2026-11-25' });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.sourceKey, 'msg:7:call_same');
    assert.equal(first.output.already_recorded, false);
    assert.equal(JSON.parse(again.output).already_recorded, true);
    assert.deepEqual(JSON.parse(again.output).expense, first.output.expense);
    // The user's own spelling is kept.
    assert.equal(first.output.expense.category, 'coffee');
    assert.deepEqual(first.output.this_week_total, { decimal: '168.00', currency: 'INR', formatted: '₹168.00' });
    assert.equal(first.record.summary, `Added #6: ₹42.50 · coffee · today (Blue Tokai)\nThis week so far: ₹168.00`);

    // Another call id in the same run is another expense.
    await call('add_expense', args, 'call_other');
    assert.equal((await fx.store.listExpenses(user.id, { from: '2026-11-25', to: '2026-11-25' })).length, 2);
    await fx.store.deleteExpense(user.id, 7, '2026-11-25T07:00:00Z');
  });

  it('add_expense refuses a future date, a bad amount and an unknown currency as errors, not throws', async () => {
    const base = { amount: '10', currency: null, category: 'tea', note: null, spent_on: null };
    const future = await call('add_expense', { ...base, spent_on: '2026-11-26' });
    const words = await call('add_expense', { ...base, amount: 'ten' });
    const tooPrecise = await call('add_expense', { ...base, amount: '10.005' });
    const currency = await call('add_expense', { ...base, currency: 'XYZ' });
    const notADate = await call('add_expense', { ...base, spent_on: '2026-02-30' });

    assert.equal(future.output.error, 'spent_on 2026-11-26 is in the future; today is 2026-11-25');
    assert.match(words.output.error, /doesn't look like a number/);
    assert.match(tooPrecise.output.error, /at most 2 decimals/);
    assert.match(currency.output.error, /don't know the currency "XYZ"/);
    assert.match(notADate.output.error, /spent_on: is not a real calendar date/);
    assert.equal((await fx.store.listExpenses(user.id, { categoryKey: 'tea' })).length, 0);
  });

  it('spending_summary groups by day and by week, each total summed by the database', async () => {
    const byDay = await call('spending_summary', {
      period: period('range', { from: '2026-11-17', to: '2026-11-24' }),
      category: 'coffee',
      group_by: 'day',
    });
    assert.deepEqual(
      byDay.output.groups.map((group: { key: string; total: { formatted: string } }) => [
        group.key,
        group.total.formatted,
      ]),
      [
        ['2026-11-17', '₹200.25'],
        ['2026-11-24', '₹125.50'],
      ],
    );

    const byWeek = await call('spending_summary', {
      period: period('last_n_days', { days: 21 }),
      category: null,
      group_by: 'week',
    });
    assert.deepEqual(byWeek.output.period, { from: '2026-11-05', to: '2026-11-25', label: 'the last 21 days' });
    assert.deepEqual(
      byWeek.output.groups.map((group: { key: string; to: string; total: { decimal: string }; count: number }) => [
        group.key,
        group.to,
        group.total.decimal,
        group.count,
      ]),
      // The first week (5–8 Nov, cut to the period) had nothing, so it has no row.
      [
        ['2026-11-09', '2026-11-15', '100.00', 1],
        ['2026-11-16', '2026-11-22', '500.25', 2],
        ['2026-11-23', '2026-11-25', '168.00', 3],
      ],
    );
    assert.deepEqual(byWeek.output.totals, [
      { total: { decimal: '768.25', currency: 'INR', formatted: '₹768.25' }, count: 6 },
    ]);
  });

  it('spending_summary says what is wrong with a period', async () => {
    const noDays = await call('spending_summary', { period: period('last_n_days'), category: null, group_by: 'none' });
    const badWeek = await call('spending_summary', {
      period: period('iso_week', { week: '2026-W60' }),
      category: null,
      group_by: 'none',
    });
    const backwards = await call('spending_summary', {
      period: period('range', { from: '2026-11-20', to: '2026-11-10' }),
      category: null,
      group_by: 'none',
    });
    const manyWeeks = await call('spending_summary', {
      period: period('range', { from: '2025-01-01', to: '2026-11-25' }),
      category: null,
      group_by: 'week',
    });
    assert.equal(noDays.output.error, 'period.days is required for last_n_days');
    assert.match(badWeek.output.error, /ISO week like 2026-W47/);
    assert.equal(backwards.output.error, 'period.from must not be after period.to');
    assert.match(manyWeeks.output.error, /at most 26 weeks/);
  });

  it('list_expenses shows numbers, newest first, and says when there may be more', async () => {
    const { output, record } = await call('list_expenses', { period: null, category: 'COFFEE', limit: 2 });
    assert.deepEqual(
      output.expenses.map((expense: { number: number; spent_on: string }) => [expense.number, expense.spent_on]),
      [
        [6, '2026-11-25'],
        [5, '2026-11-24'],
      ],
    );
    assert.equal(output.more_may_exist, true);
    assert.equal('id' in output.expenses[0], false);
    assert.match(record.summary ?? '', /^Expenses for COFFEE:\n#6 · ₹42\.50 coffee · 25 Nov — Blue Tokai/);
  });

  it('edit_expense proposes only what is given, before and after, and changes nothing itself', async () => {
    const { output, record } = await call('edit_expense', {
      number: 3,
      amount: '320',
      currency: null,
      category: 'Books',
      spent_on: null,
      note: 'Blossom',
    });
    assert.equal(output.before.amount.formatted, '₹300.00');
    assert.deepEqual(
      [output.after.amount.formatted, output.after.category, output.after.spent_on, output.after.note],
      ['₹320.00', 'education', '2026-11-18', 'Blossom'],
    );
    assert.equal(output.proposed, 'edit');
    // A proposal: no event, and #3 stays as it was until the user says yes.
    assert.deepEqual(record.events, []);
    const stored = await fx.store.findExpenseByNumber(user.id, 3);
    assert.deepEqual([stored?.amount.minor, stored?.note], [30_000, null]);

    const nothing = await call('edit_expense', {
      number: 3,
      amount: null,
      currency: null,
      category: null,
      spent_on: null,
      note: null,
    });
    assert.equal(nothing.output.error, 'nothing to change: set at least one of the fields');
  });

  it('weekly_stats gives the ISO week per category and per day', async () => {
    const { output } = await call('weekly_stats', { week: null });
    assert.equal(output.week, '2026-W48');
    assert.deepEqual(output.period, { from: '2026-11-23', to: '2026-11-29' });
    const [inr] = output.currencies;
    assert.equal(inr.total.formatted, '₹168.00');
    assert.deepEqual(
      inr.by_day.map((day: { date: string; total: { decimal: string } }) => [day.date, day.total.decimal]),
      [
        ['2026-11-24', '125.50'],
        ['2026-11-25', '42.50'],
      ],
    );
    const unknown = await call('weekly_stats', { week: 'last week' });
    assert.equal(unknown.output.error, '"last week" is not an ISO week like 2026-W47');
  });
});
