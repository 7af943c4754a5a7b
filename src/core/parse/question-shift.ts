/** "and the week before?", "the month before that", "before that": a follow-up moving the last period back. */
import type { PeriodShift } from '../domain/spending-question.ts';
import { addDays, dayNumber, monthEnd, monthStart } from '../time/calendar-date.ts';
import { type Period, startOfWeek, type Weekday } from '../time/period.ts';

export interface ShiftReading {
  readonly shift: PeriodShift | undefined;
  readonly rest: string;
}

const unitBefore =
  /(?<!\w)(?:the\s+)?(day|week|month)\s+(?:before|prior)(?:\s+(?:that|then))?(?!\s+(?:yesterday|last))(?!\w)/iu;
const sameBefore =
  /(?<!\w)(?:the\s+one\s+before(?:\s+that)?|the\s+(?:previous|prior)\s+one|before\s+that|the\s+period\s+before(?:\s+that)?)(?!\w)/iu;

export function readShift(text: string): ShiftReading {
  for (const pattern of [unitBefore, sameBefore]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const unit = (match[1] ?? 'same').toLowerCase() as PeriodShift;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { shift: unit, rest: rest.replace(/\s+/g, ' ').trim() };
  }
  return { shift: undefined, rest: text };
}

/** "the week before" a period: the week before the one it starts in; "before that": the same length back. */
export function periodBefore(period: Period, unit: PeriodShift, weekStart: Weekday): Period {
  const step = unit === 'same' ? sameKindStep(period, weekStart) : unit;
  switch (step) {
    case 'day': {
      const day = addDays(period.from, -1);
      return { from: day, to: day, label: 'the day before' };
    }
    case 'week': {
      const from = addDays(startOfWeek(period.from, weekStart), -7);
      return { from, to: addDays(from, 6), label: 'the week before' };
    }
    case 'month': {
      const from = monthStart(period.from, -1);
      return { from, to: monthEnd(from), label: 'the month before' };
    }
    default: {
      const length = daysBetween(period.from, period.to);
      const to = addDays(period.from, -1);
      return { from: addDays(to, -length), to, label: 'the period before' };
    }
  }
}

/** Whole days, weeks and months step by their own unit; other ranges by their length. */
function sameKindStep(period: Period, weekStart: Weekday): 'day' | 'week' | 'month' | 'range' {
  if (period.from === period.to) return 'day';
  if (period.from === startOfWeek(period.from, weekStart) && period.to === addDays(period.from, 6)) return 'week';
  if (period.from === monthStart(period.from) && period.to === monthEnd(period.from)) return 'month';
  return 'range';
}

function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
