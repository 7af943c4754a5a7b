/**
 * edit_expense: proposes changing the amount, category, date or note of one of the user's expenses, named by
 * number. Nothing is changed here: the run's reply shows the change and asks the user to confirm.
 */
import { z } from 'zod';
import type { ExpenseChanges } from '../../domain/expense.ts';
import { checkExpenseChanges, maxNoteLength } from '../../domain/expense-rules.ts';
import { describeMoneyError, moneyFromDecimal } from '../../money/money.ts';
import { snapshotOf } from '../run-changes.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { categorySchema, categorySpelling } from './category-argument.ts';
import { expenseJson } from './expense-json.ts';
import { isoDateSchema } from './period-argument.ts';

const schema = z.strictObject({
  number: z.number().int().min(1).describe('As in #12.'),
  amount: z.string().nullable().describe('New decimal string, like "1250.50"; null to keep.'),
  currency: z.string().nullable().describe('New ISO 4217 code, only with amount; null to keep.'),
  category: categorySchema.nullable().describe('New category; null to keep.'),
  spent_on: isoDateSchema.nullable().describe('New date YYYY-MM-DD; null to keep.'),
  note: z.string().trim().max(maxNoteLength).nullable().describe('New note; "" removes it; null to keep.'),
});

export const editExpenseTool = defineTool({
  name: 'edit_expense',
  description: 'Propose changing one expense, by number. Nothing changes until the user confirms.',
  schema,
  run: async (args, ctx) => {
    const { store, user } = ctx;
    const before = await store.findExpenseByNumber(user.id, args.number);
    if (!before) {
      const message = `There is no expense #${args.number}.`;
      return toolError(message, message);
    }
    if (args.currency !== null && args.amount === null) return toolError('give the amount together with the currency');
    if (args.spent_on !== null && args.spent_on > ctx.today) {
      return toolError(`spent_on ${args.spent_on} is in the future; today is ${ctx.today}`);
    }
    let changes: ExpenseChanges = {};
    if (args.amount !== null) {
      const money = moneyFromDecimal(args.amount, args.currency ?? before.amount.currency, ctx.maxAmountMajor);
      if (!money.ok) return toolError(describeMoneyError(money.error), describeMoneyError(money.error));
      changes = { ...changes, amount: money.value };
    }
    if (args.category !== null) changes = { ...changes, category: args.category };
    if (args.spent_on !== null) changes = { ...changes, spentOn: args.spent_on };
    // "" removes the note, and so does a note with nothing visible in it.
    if (args.note !== null) changes = { ...changes, note: args.note };
    if (Object.keys(changes).length === 0) return toolError('nothing to change: set at least one of the fields');
    const checked = checkExpenseChanges(changes, { today: ctx.today, maxAmountMajor: ctx.maxAmountMajor });
    if (!checked.ok) return toolError(checked.error, checked.error);
    const { category } = checked.value;

    const proposedChanges = {
      ...checked.value,
      ...(category === undefined ? {} : { category: await categorySpelling(store, user.id, category) }),
    };
    const refused = ctx.changes.propose({
      kind: 'edit',
      number: args.number,
      before: snapshotOf(before),
      changes: proposedChanges,
    });
    if (refused) return toolError(refused);
    const after = { ...before, ...proposedChanges };
    return toolSuccess(
      {
        proposed: 'edit',
        before: expenseJson(before, user.locale),
        after: expenseJson(after, user.locale),
        status: 'Proposed only: nothing changes until the user confirms. Do not say it was changed.',
      },
      null,
    );
  },
});
