/** What questions cost in model calls, as the model-cost benchmark measures it, on a small run of it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expenseWeek } from '../../bench/support/expense-week.ts';
import { measureModelCost } from '../../bench/support/measure-model-cost.ts';
import { questionKinds } from '../../bench/support/question-kinds.ts';

test('a question the core answers makes no model call; one for the model makes two, with the same instructions and tools', async () => {
  const week = expenseWeek('2030-11-11', 500, 'INR', 46);
  const picked = questionKinds.filter((kind) => ['total', 'anything unusual', 'can I afford'].includes(kind.kind));
  const { costs, prefix } = await measureModelCost({
    now: '2030-11-17T12:00:00Z',
    today: '2030-11-17',
    rows: week,
    seedRows: week,
    questions: picked,
    seedPolls: 2,
  });
  assert.deepEqual(
    costs.map((cost) => [cost.question.kind, cost.route, cost.finbotCalls, cost.seedCalls]),
    [
      ['total', 'core', 0, 5],
      ['anything unusual', 'model', 2, 5],
      ['can I afford', 'model', 2, 5],
    ],
  );
  assert.equal(costs[0]?.finbotPromptTokens, 0);
  assert.ok(
    costs.every((cost) => cost.seedPromptTokens > 8000),
    'the seed pastes all 500 rows every time',
  );
  assert.equal(prefix.requests, 4);
  assert.deepEqual(prefix.differences, []);
  assert.equal(prefix.roundsExtend, true);
});
