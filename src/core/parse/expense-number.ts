/** The number an expense is shown with ("#12"), as commands name it: "12", "#12", "# 12". */

export const expenseNumberPattern = String.raw`#?\s*(\d{1,9})`;

/** The message for "delete 0" and the like: numbers start at 1. */
export const badNumberMessage = 'Expense numbers start at 1. Say "list" to see yours.';

/** True when `number` can be an expense number. */
export function isExpenseNumber(number: number): boolean {
  return Number.isSafeInteger(number) && number >= 1;
}
