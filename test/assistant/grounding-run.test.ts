/**
 * Grounding through whole runs: a model that quotes a minor-unit figure never reaches the user, no tool result
 * carries minor units for a model to copy, and the tools' own summaries pass the check they back up.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExecuteRunResult } from '../../src/core/assistant/execute-run.ts';
import { checkGrounding } from '../../src/core/assistant/grounding.ts';
import type { User } from '../../src/core/domain/user.ts';
import { minorDigits } from '../../src/core/money/currency.ts';
import type { ScriptedCall } from '../support/fake-openai-server.ts';
import { type AssistantFixture, createAssistantFixture, toolOutputs } from './assistant-fixture.ts';

const period = (kind: string, extra: Record<string, unknown> = {}) => ({
  kind,
  days: null,
  week: null,
  from: null,
  to: null,
  ...extra,
});

/** Every tool once or more, as a model answering "how am I doing, and fix my list" might call them. */
const readCalls: ScriptedCall[] = [
  { name: 'list_expenses', arguments: { period: null, category: null, limit: 50 } },
  { name: 'spending_summary', arguments: { period: period('this_week'), category: null, group_by: 'none' } },
  { name: 'spending_summary', arguments: { period: period('this_month'), category: null, group_by: 'category' } },
  {
    name: 'spending_summary',
    arguments: { period: period('last_n_days', { days: 14 }), category: null, group_by: 'day' },
  },
  { name: 'spending_summary', arguments: { period: period('this_month'), category: null, group_by: 'week' } },
  { name: 'spending_summary', arguments: { period: period('last_week'), category: 'groceries', group_by: 'none' } },
  { name: 'weekly_stats', arguments: { week: null } },
  { name: 'weekly_stats', arguments: { week: '2026-W47' } },
];
const changeCalls: ScriptedCall[] = [
  {
    name: 'add_expense',
    arguments: { amount: '42.50', currency: null, category: 'coffee', note: 'Blue Tokai', spent_on: null },
  },
  {
    name: 'add_expense',
    arguments: { amount: '12.99', currency: 'USD', category: 'books', note: null, spent_on: null },
  },
  {
    name: 'edit_expense',
    arguments: { number: 1, amount: '371.25', currency: null, category: null, spent_on: null, note: null },
  },
  { name: 'delete_expense', arguments: { number: 2 } },
];

/** Calls `visit` with every value in a JSON value and the key it sits under. */
function walk(value: unknown, visit: (value: unknown, key: string) => void, key = ''): void {
  visit(value, key);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, key);
  else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) walk(item, visit, name);
  }
}

interface MoneyObject {
  readonly decimal: string;
  readonly currency: string;
  readonly formatted: string;
}

function moneyObjects(value: unknown): MoneyObject[] {
  const found: MoneyObject[] = [];
  walk(value, (item) => {
    if (item !== null && typeof item === 'object' && 'currency' in item) found.push(item as MoneyObject);
  });
  return found;
}

async function seed(fx: AssistantFixture, user: User): Promise<void> {
  await fx.addExpense(user, '370', 'eating out', '2026-11-23');
  await fx.addExpense(user, '800', 'groceries', '2026-11-24');
  await fx.addExpense(user, '1250.50', 'groceries', '2026-11-18');
  await fx.addExpense(user, '2000', 'rent', '2026-11-02');
}

describe('grounding in a run', () => {
  let fx: AssistantFixture;
  let asha: User;
  let jonas: User;

  before(async () => {
    fx = await createAssistantFixture();
    asha = await fx.createUser('asha');
    await seed(fx, asha);
    jonas = await fx.store.createUser({
      platform: 'cli',
      platformUserId: 'jonas',
      displayName: 'jonas',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      locale: 'de-DE',
      weekStart: 1,
      digestEnabled: true,
    });
    await seed(fx, jonas);
  });
  after(() => fx.close());

  it('"Your top figure this week is 37000." never reaches the user; the tools\' figures do', async () => {
    fx.fake.script(
      { type: 'calls', calls: [readCalls[2] as ScriptedCall] },
      { type: 'text', text: 'Your top figure this week is 37000.' },
    );

    const result = await fx.run(asha, 'what was my top figure this week?');

    assert.equal(result.grounded, false);
    assert.equal(result.replyFrom, 'fallback');
    assert.deepEqual(result.ungroundedAmounts, ['37000']);
    assert.equal(result.rejectedReply, 'Your top figure this week is 37000.');
    assert.doesNotMatch(result.reply, /37,?000/);
    assert.match(result.reply, /• eating out: ₹370\.00/);
  });

  it('a model that quotes the largest number it sees finds the amount in major units, and that passes', async () => {
    fx.fake.script({ type: 'calls', calls: [readCalls[1] as ScriptedCall] }, (body) => {
      let largest = 0;
      walk(toolOutputs(body), (value) => {
        const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
        if (Number.isFinite(number) && number > largest) largest = number;
      });
      return { type: 'text', text: `Your top figure this week is ${largest.toFixed(2)}.` };
    });

    const result = await fx.run(asha, 'what was my top figure this week?');

    assert.equal(result.reply, 'Your top figure this week is 1170.00.');
    assert.equal(result.replyFrom, 'model');
  });

  for (const name of ['asha', 'jonas']) {
    it(`no tool result of a run holds minor units, and each tool's summary passes grounding (${name})`, async () => {
      const user = name === 'asha' ? asha : jonas;
      fx.fake.script(
        { type: 'calls', calls: readCalls },
        { type: 'calls', calls: changeCalls },
        { type: 'text', text: 'Done.' },
      );

      const result: ExecuteRunResult = await fx.run(user, 'how am I doing? and tidy up my list');

      assert.equal(result.toolCalls.length, readCalls.length + changeCalls.length);
      for (const call of result.toolCalls.slice(0, readCalls.length)) assert.equal(call.ok, true, call.output);
      const results = result.toolCalls.flatMap((call) => [call.result, JSON.parse(call.output) as unknown]);

      const amounts = results.flatMap(moneyObjects);
      assert.ok(amounts.length > 20, `only ${amounts.length} amounts`);
      const minorUnits = new Set<number>();
      for (const amount of amounts) {
        assert.deepEqual(Object.keys(amount).sort(), ['currency', 'decimal', 'formatted']);
        const digits = minorDigits(amount.currency);
        assert.match(amount.decimal, digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${digits}}$`));
        minorUnits.add(Math.abs(Number(amount.decimal.replace('.', ''))));
      }
      for (const expense of await fx.store.listExpenses(user.id, { limit: 50 })) minorUnits.add(expense.amount.minor);

      walk(results, (value, key) => {
        assert.notEqual(key, 'minor');
        if (typeof value === 'number')
          assert.ok(!minorUnits.has(value), `${key}: ${value} is an amount in minor units`);
      });

      const grounding = { toolResults: results, userMessage: '', locale: user.locale, currency: user.currency };
      const summaries = result.toolCalls.flatMap((call) => (call.summary === null ? [] : [call.summary]));
      assert.ok(summaries.length >= readCalls.length);
      for (const summary of summaries) {
        const checked = checkGrounding({ ...grounding, reply: summary });
        assert.ok(checked.checked > 0, summary);
        assert.deepEqual(checked.ungrounded, [], summary);
      }
    });
  }
});
