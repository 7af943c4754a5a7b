import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ModelResponse } from '../../src/core/assistant/model-client.ts';
import { ModelError } from '../../src/core/assistant/model-error.ts';
import type { User } from '../../src/core/domain/user.ts';
import { type AssistantFixture, createAssistantFixture, toolOutputs } from './assistant-fixture.ts';

const thisWeek = { kind: 'this_week', days: null, week: null, from: null, to: null };

describe('a run answers from the database', () => {
  let fx: AssistantFixture;
  let user: User;

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('asha');
    await fx.addExpense(user, '800', 'groceries', '2026-11-23');
    await fx.addExpense(user, '450.50', 'groceries', '2026-11-25');
    await fx.addExpense(user, '600', 'fuel', '2026-11-24');
    await fx.addExpense(user, '2000', 'rent', '2026-11-16');
  });
  after(() => fx.close());

  it('"what did I spend most on this week?" quotes the SQL total per category', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: null, group_by: 'category' } }],
      },
      (body) => {
        const [summary] = toolOutputs(body) as Array<{ groups: Array<{ key: string; total: { formatted: string } }> }>;
        const top = summary?.groups[0];
        return { type: 'text', text: `You spent the most on ${top?.key}: ${top?.total.formatted}.` };
      },
    );

    const result = await fx.run(user, 'what did I spend most on this week?');

    const sql = await fx.store.sumExpenses(user.id, { from: '2026-11-23', to: '2026-11-29', groupBy: 'category' });
    const groceries = sql.find((row) => row.key === 'groceries');
    assert.equal(groceries?.minor, 125050);
    const output = JSON.parse(result.toolCalls[0]?.output ?? '{}');
    assert.deepEqual(output.groups[0], {
      key: 'groceries',
      total: { decimal: '1250.50', currency: 'INR', formatted: '₹1,250.50' },
      count: 2,
    });
    assert.deepEqual(output.totals, [
      { total: { decimal: '1850.50', currency: 'INR', formatted: '₹1,850.50' }, count: 3 },
    ]);
    assert.equal(result.reply, 'You spent the most on groceries: ₹1,250.50.');
    assert.equal(result.replyFrom, 'model');
    assert.equal(result.grounded, true);
    assert.equal(result.stopReason, 'answered');
    assert.equal(result.responseIds.length, 2);
    assert.ok(result.usage.inputTokens > 0 && result.usage.outputTokens > 0);
  });

  it('a reply with a wrong total is replaced by the answer built from the tool results, and reported', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: 'groceries', group_by: 'none' } }],
      },
      { type: 'text', text: 'Groceries this week: ₹999.00.' },
    );

    const result = await fx.run(user, 'how much on groceries this week?');

    assert.equal(result.grounded, false);
    assert.equal(result.replyFrom, 'fallback');
    assert.deepEqual(result.ungroundedAmounts, ['₹999.00']);
    assert.equal(result.rejectedReply, 'Groceries this week: ₹999.00.');
    assert.match(result.reply, /^Groceries this week \(23 Nov – 29 Nov\): ₹1,250\.50 \(2 expenses\)$/);
    assert.doesNotMatch(result.reply, /999/);
  });

  it('a total the model added up itself is not trusted, even if the arithmetic is right', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [
          { name: 'spending_summary', arguments: { period: thisWeek, category: 'groceries', group_by: 'none' } },
          { name: 'spending_summary', arguments: { period: thisWeek, category: 'fuel', group_by: 'none' } },
        ],
      },
      { type: 'text', text: 'Groceries and fuel together: Rs 1,850.50' },
    );

    const result = await fx.run(user, 'groceries and fuel together this week?');

    assert.equal(result.grounded, false);
    assert.deepEqual(result.ungroundedAmounts, ['Rs 1,850.50']);
    assert.match(result.reply, /₹1,250\.50/);
    assert.match(result.reply, /₹600\.00/);
  });

  it('amounts the user wrote may be repeated back', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: 'fuel', group_by: 'none' } }],
      },
      { type: 'text', text: 'Fuel this week is ₹600.00, below your ₹1,000 limit.' },
    );

    const result = await fx.run(user, 'is my fuel this week under 1000?');

    assert.equal(result.grounded, true);
    assert.equal(result.reply, 'Fuel this week is ₹600.00, below your ₹1,000 limit.');
  });

  it('invalid arguments go back to the model as an error it can correct', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [
          {
            name: 'spending_summary',
            arguments: { period: { ...thisWeek, kind: 'fortnight' }, category: null, group_by: 'none' },
          },
          { name: 'spending_summary', arguments: '{"period": ' },
          { name: 'transfer_money', arguments: {} },
        ],
      },
      {
        type: 'calls',
        calls: [{ name: 'spending_summary', arguments: { period: thisWeek, category: null, group_by: 'none' } }],
      },
      { type: 'text', text: 'This week: ₹1,850.50.' },
    );

    const result = await fx.run(user, 'how much this week?');

    const errors = result.toolCalls.slice(0, 3).map((call) => JSON.parse(call.output));
    assert.equal(errors[0].ok, false);
    assert.match(errors[0].error, /^Invalid arguments for spending_summary: period\.kind:/);
    assert.deepEqual(errors[1], { ok: false, error: 'The arguments are not valid JSON.' });
    assert.deepEqual(errors[2], { ok: false, error: 'Unknown tool "transfer_money".' });
    assert.equal(result.toolCalls[3]?.ok, true);
    assert.equal(result.reply, 'This week: ₹1,850.50.');
    // Every call got its output in the next request, under its own call id.
    const second = fx.fake.responseBodies().at(-2);
    const outputs = (second?.input ?? []).filter((item) => item.type === 'function_call_output');
    assert.equal(outputs.length, 3);
  });

  it('a model that keeps calling tools gets a last round without tools, then the tool results are the answer', async () => {
    const call = { name: 'spending_summary', arguments: { period: thisWeek, category: 'fuel', group_by: 'none' } };
    fx.fake.script(
      { type: 'calls', calls: [call] },
      { type: 'calls', calls: [call] },
      { type: 'calls', calls: [call] },
    );

    const result = await fx.run(user, 'fuel?', { maxRounds: 3 });

    const bodies = fx.fake.responseBodies().slice(-3);
    assert.deepEqual(
      bodies.map((body) => body.tool_choice),
      ['auto', 'auto', 'none'],
    );
    assert.equal(result.stopReason, 'max_rounds');
    assert.equal(result.replyFrom, 'fallback');
    assert.equal(result.toolCalls.length, 2);
    assert.equal(result.reply, 'Fuel this week (23 Nov – 29 Nov): ₹600.00 (1 expense)');
  });

  it('a server that reuses call ids across rounds still gets both expenses added', async () => {
    const add = (amount: string) => ({
      type: 'calls' as const,
      calls: [
        {
          name: 'add_expense',
          callId: 'call_0',
          arguments: { amount, currency: null, category: 'snacks', note: null, spent_on: null },
        },
      ],
    });
    fx.fake.script(add('30'), add('45'), { type: 'text', text: 'Added both.' });

    const result = await fx.run(user, 'add 30 and 45 for snacks', { runKey: 'msg:snacks' });

    const snacks = await fx.store.listExpenses(user.id, { categoryKey: 'snacks' });
    assert.deepEqual(snacks.map((expense) => [expense.amount.minor, expense.sourceKey]).sort(), [
      [3000, 'msg:snacks:call_0'],
      [4500, 'msg:snacks:call_0#2'],
    ]);
    assert.equal(result.events.length, 2);
    for (const expense of snacks) await fx.store.deleteExpense(user.id, expense.number, '2026-11-25T07:00:00Z');
  });

  it('a malformed response body ends the run with a retryable ModelError', async () => {
    fx.fake.script({ type: 'malformed' });
    const failure = await fx.run(user, 'how much this week?').catch((error: unknown) => error);
    assert.ok(failure instanceof ModelError);
    assert.equal(failure.retryable, true);
    assert.equal(failure.code, 'bad_response');
  });

  it('a model error mid-run is thrown for the queue, and the retry replays the saved response without adding twice', async () => {
    const saved: ModelResponse[] = [];
    const add = {
      name: 'add_expense',
      callId: 'call_add_1',
      arguments: { amount: '120', currency: null, category: 'Taxi', note: null, spent_on: null },
    };
    fx.fake.script({ type: 'calls', calls: [add] }, { type: 'error', status: 429, retryAfter: '2' });

    const failure = await fx
      .run(user, 'add 120 for a taxi', { runKey: 'msg:42', onResponse: (response) => void saved.push(response) })
      .catch((error: unknown) => error);

    assert.ok(failure instanceof ModelError);
    assert.equal(failure.retryable, true);
    assert.equal(failure.retryAfterMs, 2000);
    assert.equal(saved.length, 1);

    // The retry: the first response comes from what was saved; the model is asked only for the rest.
    fx.fake.script((body) => {
      const [added] = toolOutputs(body) as Array<{ expense: { number: number; amount: { formatted: string } } }>;
      return { type: 'text', text: `Added #${added?.expense.number}: ${added?.expense.amount.formatted} for Taxi.` };
    });
    const retried = await fx.run(user, 'add 120 for a taxi', { runKey: 'msg:42', previousResponses: saved });

    // Taxi is one of the names of transport, so the expense is stored under that category.
    const taxis = await fx.store.listExpenses(user.id, { categoryKey: 'transport' });
    assert.equal(taxis.length, 1);
    // The model's own "Added …" is not passed on: finbot says what was added, once, with its Undo.
    assert.equal(retried.reply, `Added #${taxis[0]?.number} · ₹120.00 transport · 25 Nov`);
    assert.deepEqual(retried.buttons, [{ label: `Undo #${taxis[0]?.number}`, command: `undo #${taxis[0]?.number}` }]);
    assert.equal(retried.responseIds[0], saved[0]?.id);
    assert.deepEqual(JSON.parse(retried.toolCalls[0]?.output ?? '{}').already_recorded, true);
    // The failed attempt's events were never saved, so the retry reports the expense for the thread.
    assert.deepEqual(retried.events, [`expense #${taxis[0]?.number} added: ₹120.00 transport on 2026-11-25`]);
    assert.equal(fx.fake.remaining(), 0);
  });
});
