/**
 * Records a rule's occurrences up to a date, in one transaction: the rule's next date moves past them first (the
 * claim: a second process finds it moved and gives up), then each occurrence's expense and its (rule, date) row,
 * whose unique key makes a second recording of the same day fail whatever happened before.
 */

import { checkBudgetAlerts } from '../budgets/check-budget-alerts.ts';
import { occurrenceSourceKey, type RecordedOccurrence, type RecurringRule } from '../domain/recurring-rule.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { occurrenceAfter, occurrencesBetween } from './occurrence-dates.ts';

/** Occurrences recorded per transaction; a rule further behind (a long outage) goes on in the next one. */
export const occurrencesPerTransaction = 31;

/**
 * Records the rule's occurrences from its next date through `through` (at most occurrencesPerTransaction).
 * Each occurrence's expense is checked against the user's budgets as a quick-add is (`through` is the user's today).
 * `notice`: whether each one is still to be told to the user ('pending') or was told already ('none': the reply
 * that set the rule up); `noticeFrom`: the wall-clock time its message may go from. Returns nothing when the rule is not due or another process recorded these first.
 */
export function recordRuleOccurrences(
  store: LedgerStore,
  rule: RecurringRule,
  through: string,
  now: string,
  notice: 'none' | 'pending',
  noticeFrom: string = now,
): Promise<RecordedOccurrence[]> {
  const dates = occurrencesBetween(rule, rule.nextOn, through, occurrencesPerTransaction);
  const last = dates.at(-1);
  if (!last) return Promise.resolve([]);
  return store.transaction(async (trx) => {
    if (!(await trx.advanceRecurringRule(rule.id, rule.nextOn, occurrenceAfter(rule, last)))) return [];
    const user = await trx.findUserById(rule.userId);
    const recorded: RecordedOccurrence[] = [];
    for (const occursOn of dates) {
      const occurrence = await trx.recordOccurrence({
        ruleId: rule.id,
        occursOn,
        notice,
        createdAt: now,
        noticeFrom,
        expense: {
          userId: rule.userId,
          amount: rule.amount,
          category: rule.category,
          note: rule.note,
          spentOn: occursOn,
          sourceKey: occurrenceSourceKey(rule.id, occursOn),
          createdAt: now,
        },
      });
      // In this transaction, so an alert is recorded with its occurrence or not at all; the occurrence's message
      // reads it back by the expense's source key when it is sent.
      if (user) {
        await checkBudgetAlerts(trx, user, {
          expense: occurrence.expense,
          sourceKey: occurrence.expense.sourceKey,
          today: through,
          now,
        });
      }
      recorded.push(occurrence);
    }
    return recorded;
  });
}
