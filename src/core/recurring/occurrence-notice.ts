/** The message that tells a user an occurrence was recorded, with Undo. */
import { formatDay } from '../format/date-label.ts';
import { describeSchedule } from '../format/recurring-schedule.ts';
import { formatMoney } from '../money/money.ts';
import type { PendingNotice } from '../ports/recurring-store.ts';
import { type Reply, textReply } from '../service/inbound-message.ts';

/** `alerts`: the budget alerts the occurrence raised, said after it. */
export function occurrenceNotice(
  notice: PendingNotice,
  locale: string,
  today: string,
  alerts: ReadonlyArray<string> = [],
): Reply {
  const { rule } = notice;
  const note = rule.note ? ` (${rule.note})` : '';
  const lines = [
    `Recorded your recurring ${rule.category}: #${notice.expenseNumber} · ${formatMoney(rule.amount, locale)} · ${formatDay(notice.occursOn, locale, today)}${note}`,
    rule.active
      ? `${describeSchedule(rule)} · next ${formatDay(rule.nextOn, locale, today)}`
      : 'That rule has been stopped since.',
    ...alerts,
  ];
  return textReply('recurring_recorded', lines.join('\n'), [
    { label: 'Undo', command: `undo #${notice.expenseNumber}` },
  ]);
}
