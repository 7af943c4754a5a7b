/** Maps an `expenses` row to the core's Expense. */
import type { Expense } from '../core/domain/expense.ts';
import { readDate, readInteger, readTimestamp } from './column-values.ts';
import type { ExpenseRow } from './expense-table.ts';

export function expenseFromRow(row: ExpenseRow): Expense {
  return {
    id: readInteger(row.id, 'expenses.id'),
    userId: readInteger(row.user_id, 'expenses.user_id'),
    number: readInteger(row.number, 'expenses.number'),
    amount: { minor: readInteger(row.amount_minor, 'expenses.amount_minor'), currency: row.currency.trim() },
    category: row.category,
    note: row.note,
    spentOn: readDate(row.spent_on),
    createdAt: readTimestamp(row.created_at),
    deletedAt: row.deleted_at === null ? null : readTimestamp(row.deleted_at),
    sourceKey: row.source_key,
  };
}
