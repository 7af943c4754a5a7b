/** Finds a period in a question ("this week", "last 7 days", "2026-W47", "from 1 Nov to 15 Nov") and resolves it. */
import { DateTime } from 'luxon';
import { isoWeekPeriod, type Period, type PeriodSpec, resolvePeriod } from '../time/period.ts';
import { findDatePhrase } from './date-phrase.ts';
import type { ParseContext } from './intent.ts';

export interface PeriodMatch {
  readonly result: { ok: true; period: Period } | { ok: false; message: string };
  readonly index: number;
  readonly length: number;
}

const months = '(january|february|march|april|may|june|july|august|september|october|november|december)';

const simple: ReadonlyArray<{ regex: RegExp; spec: (m: RegExpExecArray) => PeriodSpec }> = [
  {
    regex: /\b(?:in\s+)?(?:the\s+)?(?:last|past)\s+(\d{1,3})\s+days?\b/i,
    spec: (m) => ({ kind: 'last_n_days', days: Number(m[1]) }),
  },
  {
    regex: /\b(?:in\s+)?(?:the\s+)?(?:last|past)\s+(week|month)\b(?!\s*\d)/i,
    spec: (m) => ({ kind: (m[1] ?? '').toLowerCase() === 'week' ? 'last_week' : 'last_month' }),
  },
  { regex: /\b(?:for\s+|in\s+)?this\s+week\b|\bweek\s+so\s+far\b/i, spec: () => ({ kind: 'this_week' }) },
  { regex: /\b(?:for\s+|in\s+)?this\s+month\b|\bmonth\s+so\s+far\b/i, spec: () => ({ kind: 'this_month' }) },
  { regex: /\b(?:in\s+)?(\d{4}-W\d{2})\b/i, spec: (m) => ({ kind: 'iso_week', week: (m[1] ?? '').toUpperCase() }) },
  { regex: /\bday before yesterday\b/i, spec: () => ({ kind: 'yesterday' }) },
  { regex: /\byesterday\b/i, spec: () => ({ kind: 'yesterday' }) },
  { regex: /\btoday\b/i, spec: () => ({ kind: 'today' }) },
];

const rangePattern = /\b(?:from|between)\s+(.+?)\s+(?:to|and|until|till|-)\s+(.+?)(?=\s*[?.!]?$)/i;
const monthNamePattern = new RegExp(`\\b(?:in\\s+)?${months}(?:\\s+(\\d{4}))?\\b`, 'i');

/** The first period named in `text`, or undefined. */
export function findPeriodPhrase(text: string, ctx: ParseContext): PeriodMatch | undefined {
  const range = rangePattern.exec(text);
  if (range) {
    const from = findDatePhrase(range[1] ?? '', ctx);
    const to = findDatePhrase(range[2] ?? '', ctx);
    if (from && to) {
      const place = { index: range.index, length: range[0].length };
      if (!from.result.ok) return { ...place, result: from.result };
      if (!to.result.ok) return { ...place, result: to.result };
      if (from.result.date > to.result.date) {
        return { ...place, result: { ok: false, message: 'The start of that range is after its end.' } };
      }
      const spec: PeriodSpec = { kind: 'range', from: from.result.date, to: to.result.date };
      return { ...place, result: { ok: true, period: resolvePeriod(spec, ctx.today, ctx.weekStart) } };
    }
  }
  for (const { regex, spec } of simple) {
    const match = regex.exec(text);
    if (match) {
      const resolved = spec(match);
      if (resolved.kind === 'iso_week' && !isoWeekPeriod(resolved.week)) {
        return {
          index: match.index,
          length: match[0].length,
          result: { ok: false, message: `${resolved.week} is not a week.` },
        };
      }
      if (resolved.kind === 'last_n_days' && (resolved.days < 1 || resolved.days > 366)) {
        return {
          index: match.index,
          length: match[0].length,
          result: { ok: false, message: 'Ask about 1 to 366 days.' },
        };
      }
      return {
        index: match.index,
        length: match[0].length,
        result: { ok: true, period: resolvePeriod(resolved, ctx.today, ctx.weekStart) },
      };
    }
  }
  const month = monthNamePattern.exec(text);
  if (month) {
    const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
    const monthNumber = DateTime.fromFormat(capitalize(month[1] ?? ''), 'LLLL', { locale: 'en' }).month;
    let year = month[2] ? Number(month[2]) : today.year;
    if (!month[2] && monthNumber > today.month) year -= 1;
    const start = DateTime.fromObject({ year, month: monthNumber, day: 1 }, { zone: 'utc' });
    const label = start.toFormat('LLLL yyyy');
    const period = { from: start.toISODate() as string, to: start.endOf('month').toISODate() as string, label };
    return { index: month.index, length: month[0].length, result: { ok: true, period } };
  }
  return undefined;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
