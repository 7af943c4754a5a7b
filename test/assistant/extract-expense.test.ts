import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  type ExecuteExtractionRequest,
  executeExtraction,
} from '../../src/core/assistant/extraction/execute-extraction.ts';
import { categoryBuckets } from '../../src/core/assistant/extraction/own-categories.ts';
import type { ModelResponse } from '../../src/core/assistant/model-client.ts';
import type { User } from '../../src/core/domain/user.ts';
import { summarizeAddedExpense } from '../../src/core/service/added-expense-summary.ts';
import { testSettings } from '../support/core-harness.ts';
import type { FakeTurn } from '../support/fake-openai-server.ts';
import { type AssistantFixture, createAssistantFixture, now, today } from './assistant-fixture.ts';

const question = 'Was that an expense? Say it like "250 groceries".';
const fields = (extra: Record<string, unknown> = {}) => ({
  amount: '250',
  currency: null,
  category: 'groceries',
  date: null,
  note: null,
  ...extra,
});
const record = (extra: Record<string, unknown> = {}): FakeTurn => ({
  type: 'calls',
  calls: [{ name: 'record_expense', arguments: fields(extra) }],
});

describe('reading an unclear message into one expense', () => {
  let fx: AssistantFixture;
  let keys = 0;

  before(async () => {
    fx = await createAssistantFixture();
  });
  after(() => fx.close());

  const extract = async (user: User, message: string, extra: Partial<ExecuteExtractionRequest> = {}) =>
    executeExtraction({
      model: fx.model,
      store: fx.store,
      settings: testSettings,
      user,
      thread: await fx.store.getThread(user.id),
      today,
      now,
      messageKey: `test:unclear:${++keys}`,
      message,
      clarifyingQuestion: question,
      ...extra,
    });
  const expensesOf = (user: User) => fx.store.listExpenses(user.id, {});

  it('stores the extracted expense once and confirms it as a quick-add, with Undo', async () => {
    const user = await fx.createUser('asha');
    await fx.addExpense(user, '100', 'groceries', '2026-11-24');
    fx.fake.script(record({ amount: '1,250.50', note: 'weekly market' }));
    const result = await extract(user, 'weekly market thing 1,250.50 i think');

    const [expense] = (await expensesOf(user)).filter((row) => row.sourceKey.startsWith('test:unclear:'));
    assert.ok(expense);
    assert.deepEqual(expense.amount, { minor: 125050, currency: 'INR' });
    assert.equal(expense.category, 'groceries');
    assert.equal(expense.note, 'weekly market');
    assert.equal(expense.spentOn, today);
    const summary = await summarizeAddedExpense(fx.store, user, today, expense);
    assert.equal(result.outcome, 'recorded');
    assert.equal(result.reply, summary.lines.join('\n'));
    assert.match(
      result.reply,
      /^Added #2: ₹1,250\.50 · groceries · today \(weekly market\)\nThis week so far: ₹1,350\.50$/,
    );
    assert.equal(result.replyKind, 'expense_added');
    assert.deepEqual(result.buttons, [{ label: 'Undo', command: `undo #${expense.number}` }]);
    assert.deepEqual(result.events, [summary.event]);
  });

  it('tells the model only the message, today, the currency and the categories, with the two tools', async () => {
    const user = await fx.createUser('meera');
    await fx.addExpense(user, '300', 'plants');
    await fx.addExpense(user, '200', 'plants');
    await fx.addExpense(user, '90', 'Board Games');
    await fx.addExpense(user, '50', 'coffee');
    fx.fake.script(record());
    await extract(user, 'that 250 thing');

    const body = fx.fake.responseBodies().at(-1);
    assert.ok(body);
    const instructions = String(body.instructions);
    assert.match(instructions, /Today is Wednesday 2026-11-25 in the user's time zone \(Asia\/Kolkata\)/);
    assert.match(instructions, /The user's currency is INR/);
    assert.match(instructions, /Built-in categories: groceries, food, coffee, tea, snacks, drinks, transport,/);
    assert.match(instructions, /Built-in categories: [^\n]*personal care, household, [^\n]*pets/);
    // Their own categories, most used first; the built-in coffee is not repeated.
    assert.match(instructions, /The user's own categories: plants, Board Games\./);
    assert.deepEqual(body.input, [{ type: 'message', role: 'user', content: 'that 250 thing' }]);
    const tools = (body.tools ?? []).map((tool) => tool.name);
    assert.deepEqual(tools, ['record_expense', 'not_an_expense']);
    const schema = body.tools?.[0]?.parameters as { required: string[]; additionalProperties: boolean };
    assert.deepEqual([...schema.required].sort(), ['amount', 'category', 'currency', 'date', 'note']);
    assert.equal(schema.additionalProperties, false);
    assert.equal(body.tools?.[0]?.strict, true);
  });

  it('offers the buckets docs/categories.md lists', () => {
    const docs = readFileSync(new URL('../../docs/categories.md', import.meta.url), 'utf8');
    const rows = [...docs.matchAll(/^\| ([a-z ]+) \|/gm)].map((match) => match[1]).filter((name) => name !== 'bucket');
    assert.deepEqual([...categoryBuckets].sort(), rows.sort());
  });

  it('a retried run neither asks the model again nor stores twice', async () => {
    const user = await fx.createUser('kiran');
    fx.fake.script(record({ amount: '80', category: 'tea' }));
    const key = 'test:unclear:retried';
    const saved: ModelResponse[] = [];
    const first = await extract(user, 'chai 80 or so', { messageKey: key, onResponse: (r) => void saved.push(r) });
    const requests = fx.fake.responseBodies().length;
    // The attempt died after storing: the next one replays the saved response.
    const again = await extract(user, 'chai 80 or so', {
      messageKey: key,
      ...(saved[0] ? { previousResponse: saved[0] } : {}),
    });

    assert.equal(fx.fake.responseBodies().length, requests, 'no second model call');
    assert.equal((await expensesOf(user)).length, 1);
    assert.equal(first.outcome, 'recorded');
    assert.equal(again.outcome, 'recorded_before');
    assert.equal(again.reply, first.reply);
    assert.deepEqual(again.buttons, first.buttons);
    assert.deepEqual(again.events, first.events);
  });

  it('a replayed model response whose expense was stored meanwhile is confirmed, not stored again', async () => {
    const user = await fx.createUser('nisha');
    fx.fake.script(record({ amount: '40' }));
    const saved: ModelResponse[] = [];
    await extract(user, 'x 40', { messageKey: 'test:unclear:replayed', onResponse: (r) => void saved.push(r) });
    const replay = await extract(user, 'x 40', {
      messageKey: 'test:unclear:replayed',
      ...(saved[0] ? { previousResponse: saved[0] } : {}),
    });
    assert.equal(replay.outcome, 'recorded_before');
    assert.equal((await expensesOf(user)).length, 1);
  });

  it('reads "37000" for a two-decimal currency as 37000 major units', async () => {
    const user = await fx.createUser('dev');
    fx.fake.script(record({ amount: '37000', category: 'rent' }));
    const result = await extract(user, 'flat 37000 this month');
    assert.deepEqual((await expensesOf(user))[0]?.amount, { minor: 3_700_000, currency: 'INR' });
    assert.match(result.reply, /₹37,000\.00 · rent/);
  });

  it('takes a named currency and a past date, and normalises the category', async () => {
    const user = await fx.createUser('sam');
    fx.fake.script(
      record({ amount: '12.5', currency: 'usd', category: '  Cab ', date: '2026-11-20', note: 'airport' }),
    );
    const result = await extract(user, 'airport 12.5 dollars friday');
    const [expense] = await expensesOf(user);
    assert.deepEqual(expense?.amount, { minor: 1250, currency: 'USD' });
    assert.equal(expense?.category, 'transport');
    assert.equal(expense?.spentOn, '2026-11-20');
    assert.equal(result.reply, 'Added #1: $12.50 · transport · 20 Nov (airport)');
  });

  const refused: ReadonlyArray<{ name: string; turn: FakeTurn; reason: RegExp }> = [
    { name: 'an amount that is not a number', turn: record({ amount: 'two fifty' }), reason: /look like a number/ },
    { name: 'a negative amount', turn: record({ amount: '-250' }), reason: /look like a number/ },
    { name: 'a zero amount', turn: record({ amount: '0.00' }), reason: /more than zero/ },
    { name: 'too many decimals', turn: record({ amount: '12.505' }), reason: /at most 2 decimals/ },
    {
      name: 'decimals for a currency without',
      turn: record({ amount: '500.5', currency: 'JPY' }),
      reason: /no decimals/,
    },
    { name: 'an amount over the limit', turn: record({ amount: '10000001' }), reason: /limit of 10,000,000 INR/ },
    { name: 'an unknown currency', turn: record({ currency: 'XYZ' }), reason: /don't know the currency "XYZ"/ },
    {
      name: 'a currency that is not a code',
      turn: record({ currency: 'rupees' }),
      reason: /currency wasn't one I know/,
    },
    { name: 'a date two days ahead', turn: record({ date: '2026-11-27' }), reason: /date was in the future/ },
    { name: 'a date before 2000', turn: record({ date: '1999-12-31' }), reason: /before 2000/ },
    { name: 'a date that does not exist', turn: record({ date: '2026-02-30' }), reason: /real calendar date/ },
    { name: 'an empty category', turn: record({ category: '  ' }), reason: /No category/ },
    { name: 'an amount given as a number', turn: record({ amount: 250 }), reason: /couldn't read/ },
    {
      name: 'arguments that are not JSON',
      turn: { type: 'calls', calls: [{ name: 'record_expense', arguments: '{"amount": ' }] },
      reason: /couldn't read it/,
    },
    {
      name: 'two expenses',
      turn: {
        type: 'calls',
        calls: [
          { name: 'record_expense', arguments: fields() },
          { name: 'record_expense', arguments: fields({ amount: '90' }) },
        ],
      },
      reason: /more than one expense/,
    },
    {
      name: '"not an expense"',
      turn: { type: 'calls', calls: [{ name: 'not_an_expense', arguments: { reason: 'a greeting' } }] },
      reason: /didn't look like an expense/,
    },
    {
      name: 'a text reply',
      turn: { type: 'text', text: 'Recorded ₹999 for you!' },
      reason: /didn't look like an expense/,
    },
  ];

  for (const { name, turn, reason } of refused) {
    it(`stores nothing for ${name}, says why and asks the parser's question`, async () => {
      const user = await fx.createUser(`refused ${name}`);
      fx.fake.script(turn);
      const result = await extract(user, 'something 250 something');
      assert.deepEqual(await expensesOf(user), []);
      const [first, second, ...rest] = result.reply.split('\n');
      assert.match(first ?? '', /^I didn't record anything\. /);
      assert.match(first ?? '', reason);
      assert.equal(second, question);
      assert.deepEqual(rest, []);
      assert.doesNotMatch(result.reply, /999/);
      assert.deepEqual(result.buttons, []);
      assert.deepEqual(result.events, []);
      assert.notEqual(result.replyKind, 'expense_added');
    });
  }
});
