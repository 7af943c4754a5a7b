import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { loadExpenseCases, loadNotExpenseCases, regionContext } from '../corpus/corpus.ts';
import { describeIntent, judgeExpense } from '../corpus/judge.ts';

// The labelled corpus (test/corpus/*.tsv): how people in India, the UK, the US and the euro area type spending.
const expenses = loadExpenseCases();
const notExpenses = loadNotExpenseCases();

describe('the understanding corpus', () => {
  test('has at least 1,000 expense messages and 150 that are not expenses, from all four regions', () => {
    assert.ok(expenses.length >= 1000, `${expenses.length} expense messages`);
    assert.ok(notExpenses.length >= 150, `${notExpenses.length} non-expenses`);
    assert.deepEqual([...new Set(expenses.map((c) => c.region))].sort(), ['eu', 'in', 'uk', 'us']);
  });

  test('at least 97 % of expense messages are stored fully right: amount, currency, category and date', () => {
    const wrong = expenses
      .map((expected) => ({ expected, intent: parseMessage(expected.message, regionContext(expected.region)) }))
      .filter(({ expected, intent }) => !judgeExpense(expected, intent).fullyRight);
    const share = 1 - wrong.length / expenses.length;
    const sample = wrong
      .slice(0, 15)
      .map(({ expected, intent }) => `${expected.message} → ${describeIntent(intent)}`)
      .join('\n');
    assert.ok(share >= 0.97, `${(share * 100).toFixed(1)} % fully right; first misses:\n${sample}`);
  });

  test('whenever an expense is stored, its amount and currency are right in at least 99.5 % of cases', () => {
    const stored = expenses
      .map((expected) => judgeExpense(expected, parseMessage(expected.message, regionContext(expected.region))))
      .filter((verdict) => verdict.stored);
    const wrongMoney = stored.filter((verdict) => !verdict.amount || !verdict.currency).length;
    assert.ok(wrongMoney / stored.length <= 0.005, `${wrongMoney} of ${stored.length} stored with a wrong amount`);
  });

  test('at least 98 % of the messages that are not expenses are not stored, and each gets a reply', () => {
    const stored = notExpenses.filter(
      (message) => parseMessage(message.message, regionContext(message.region)).kind === 'add',
    );
    const share = 1 - stored.length / notExpenses.length;
    assert.ok(share >= 0.98, `stored: ${stored.map((message) => message.message).join(' | ')}`);
  });

  for (const region of ['eu', 'in', 'uk', 'us']) {
    test(`every ${region} message is read without throwing, and a refusal always says why`, () => {
      for (const message of [...expenses, ...notExpenses].filter((c) => c.region === region)) {
        const intent = parseMessage(message.message, regionContext(region));
        if (intent.kind === 'invalid' || intent.kind === 'unclear')
          assert.ok(intent.message.length > 10, message.message);
      }
    });
  }
});
