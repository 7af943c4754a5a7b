/** A recurring rule in words: "every month on the 1st", "every month on the last day", "every Friday". */
import { lastDayOfMonth, type RecurringRule, type RecurringSchedule } from '../domain/recurring-rule.ts';
import { formatMoney } from '../money/money.ts';
import { formatDay } from './date-label.ts';

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function describeSchedule(schedule: RecurringSchedule): string {
  if (schedule.cadence === 'weekly') return `every ${weekdayNames[schedule.day - 1] ?? 'week'}`;
  if (schedule.day === lastDayOfMonth) return 'every month on the last day';
  return `every month on the ${ordinal(schedule.day)}`;
}

/** "₹15,000.00 rent — every month on the 1st". */
export function formatRule(rule: RecurringRule, locale: string): string {
  const note = rule.note ? ` (${rule.note})` : '';
  return `${formatMoney(rule.amount, locale)} ${rule.category}${note} — ${describeSchedule(rule)}`;
}

/** "₹15,000.00 rent — every month on the 1st · next 1 Jan". */
export function formatRuleLine(rule: RecurringRule, locale: string, today: string): string {
  return `${formatRule(rule, locale)} · next ${formatDay(rule.nextOn, locale, today)}`;
}

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
}
