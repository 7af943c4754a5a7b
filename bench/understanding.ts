/**
 * How well the parser reads what people type, on the labelled corpus in test/corpus: the share of expense
 * messages stored fully right (amount, currency, category and date), per field and per class, the
 * non-expenses not stored, and the parse time per message. No model is involved.
 *   node bench/understanding.ts [--failures] [--holdout]
 * --holdout reads test/corpus/holdout instead: a set written apart and kept out of tuning.
 * Target: ≥ 97 % fully right on this corpus; every non-expense not stored.
 */
import { parseArgs } from 'node:util';
import { parseMessage } from '../src/core/parse/parse-message.ts';
import { loadExpenseCases, loadNotExpenseCases, regionContext } from '../test/corpus/corpus.ts';
import { describeIntent, judgeExpense } from '../test/corpus/judge.ts';

const { values } = parseArgs({
  options: { failures: { type: 'boolean', default: false }, holdout: { type: 'boolean', default: false } },
});
const set = values.holdout ? 'holdout' : 'main';
const expenses = loadExpenseCases(set);
const notExpenses = loadNotExpenseCases(set);
const target = 0.97;

const fields = { stored: 0, amount: 0, currency: 0, category: 0, date: 0, fullyRight: 0 };
const byClass = new Map<string, { right: number; total: number }>();
const byRegion = new Map<string, { right: number; total: number }>();
const failures: string[] = [];
for (const expected of expenses) {
  const intent = parseMessage(expected.message, regionContext(expected.region));
  const verdict = judgeExpense(expected, intent);
  for (const field of Object.keys(fields) as Array<keyof typeof fields>) if (verdict[field]) fields[field] += 1;
  for (const [map, key] of [
    [byClass, expected.kind],
    [byRegion, expected.region],
  ] as const) {
    const tally = map.get(key) ?? { right: 0, total: 0 };
    tally.total += 1;
    if (verdict.fullyRight) tally.right += 1;
    map.set(key, tally);
  }
  if (!verdict.fullyRight) {
    const want = `${expected.amount} ${expected.currency} ${expected.category} ${expected.date}`;
    failures.push(
      `[${expected.region}/${expected.kind}] ${expected.message}\n    want ${want}\n    got  ${describeIntent(intent)}`,
    );
  }
}
let wronglyStored = 0;
for (const message of notExpenses) {
  const intent = parseMessage(message.message, regionContext(message.region));
  if (intent.kind === 'add') {
    wronglyStored += 1;
    failures.push(`[${message.region}/not ${message.kind}] ${message.message}\n    got  ${describeIntent(intent)}`);
  }
}

const messages = [...expenses.map((c) => [c.message, c.region]), ...notExpenses.map((c) => [c.message, c.region])];
const rounds = 5;
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; round++) {
  for (const [message = '', region = ''] of messages) parseMessage(message, regionContext(region));
}
const microsEach = Number(process.hrtime.bigint() - started) / 1000 / (rounds * messages.length);

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const total = expenses.length;
if (values.failures) for (const failure of failures) console.log(failure);
console.log(`expense messages: ${total}; not expenses: ${notExpenses.length}`);
console.log(
  `fully right: ${fields.fullyRight}/${total} = ${percent(fields.fullyRight, total)}; target ≥ ${target * 100} %, ratio ${(fields.fullyRight / total / target).toFixed(3)}`,
);
console.log(
  `by field: stored ${percent(fields.stored, total)} · amount ${percent(fields.amount, total)} · currency ${percent(fields.currency, total)} · category ${percent(fields.category, total)} · date ${percent(fields.date, total)}`,
);
for (const [title, map] of [
  ['by class', byClass],
  ['by region', byRegion],
] as const) {
  const parts = [...map.entries()]
    .sort()
    .map(([key, t]) => `${key} ${t.right}/${t.total} (${percent(t.right, t.total)})`);
  console.log(`${title}: ${parts.join(' · ')}`);
}
console.log(`not expenses not stored: ${notExpenses.length - wronglyStored}/${notExpenses.length}`);
console.log(`parse time: ${microsEach.toFixed(1)} µs per message (${messages.length} messages × ${rounds})`);
