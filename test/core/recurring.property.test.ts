/** Recurring phrases, generated: whatever the amount, currency and wording, the rule holds what was said. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { occurrenceAfter, occurrenceOnOrAfter } from '../../src/core/recurring/occurrence-dates.ts';
import { dayNumber, isoDateOf, monthEnd, weekdayOf } from '../../src/core/time/calendar-date.ts';
import { parseContext } from './parse-fixture.ts';

const names = ['rent', 'netflix', 'gym', 'maid', 'sip', 'internet', 'cleaner', 'tuition'] as const;
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const suffix = (day: number) =>
  day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');

const monthly = fc
  .integer({ min: 1, max: 31 })
  .chain((day) =>
    fc.constantFrom(
      { text: `every month on the ${day}${suffix(day)}`, day },
      { text: `on the ${day}${suffix(day)} of every month`, day },
      { text: `monthly on ${day}${suffix(day)}`, day },
      { text: `each month on the ${day}${suffix(day)}`, day },
      { text: 'monthly', day: null },
      { text: 'every month', day: null },
    ),
  );
const weekly = fc
  .integer({ min: 1, max: 7 })
  .chain((day) =>
    fc.constantFrom(
      { text: `every ${weekdays[day - 1]}`, day },
      { text: `weekly on ${weekdays[day - 1]}`, day },
      { text: 'every week', day: null },
    ),
  );
const money = fc.oneof(
  fc.integer({ min: 1, max: 9_999_999 }).map((major) => ({ text: String(major), minor: major * 100, currency: 'INR' })),
  fc.integer({ min: 1, max: 999_999 }).map((cents) => ({
    text: `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    minor: cents,
    currency: 'USD',
  })),
  fc.integer({ min: 1, max: 999_999 }).map((major) => ({ text: `₹${major}`, minor: major * 100, currency: 'INR' })),
);

describe('recurring phrases, generated', () => {
  test('a name, an amount and a repeat in either order make a rule with exactly that amount, cadence and day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        money,
        fc.oneof(
          monthly.map((m) => ({ ...m, cadence: 'monthly' })),
          weekly.map((w) => ({ ...w, cadence: 'weekly' })),
        ),
        fc.boolean(),
        (name, amount, repeat, amountFirst) => {
          const text = amountFirst ? `${amount.text} ${name} ${repeat.text}` : `${name} ${amount.text} ${repeat.text}`;
          const intent = parseMessage(text, parseContext);
          assert.equal(intent.kind, 'add_recurring', `${text}: ${JSON.stringify(intent)}`);
          if (intent.kind !== 'add_recurring') return;
          assert.deepEqual(intent.amount, { minor: amount.minor, currency: amount.currency }, text);
          assert.equal(intent.cadence, repeat.cadence, text);
          assert.equal(intent.day, repeat.day, text);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a quick-add with no repeat in it is never a rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names, 'coffee', 'weekly shop', 'monthly pass'), money, (name, amount) => {
        const intent = parseMessage(`${name} ${amount.text}`, parseContext);
        assert.notEqual(intent.kind, 'add_recurring', `${name} ${amount.text}`);
      }),
      { numRuns: 200 },
    );
  });

  test('monthly dates: one per month, on the rule’s day or the month’s last day, never drifting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 20_000 }), (day, offset) => {
        const schedule = { cadence: 'monthly' as const, day };
        let date = occurrenceOnOrAfter(schedule, isoDateOf(dayNumber('2020-01-01') + offset));
        for (let step = 0; step < 14; step++) {
          const next = occurrenceAfter(schedule, date);
          const expected = Math.min(day, Number(monthEnd(date).slice(8, 10)));
          assert.equal(Number(date.slice(8, 10)), expected, `${day}: ${date}`);
          const months =
            (Number(next.slice(0, 4)) - Number(date.slice(0, 4))) * 12 +
            Number(next.slice(5, 7)) -
            Number(date.slice(5, 7));
          assert.equal(months, 1, `${date} → ${next}`);
          date = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('weekly dates: seven days apart, on the rule’s weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 20_000 }), (day, offset) => {
        const schedule = { cadence: 'weekly' as const, day };
        const first = occurrenceOnOrAfter(schedule, isoDateOf(dayNumber('2020-01-01') + offset));
        assert.equal(weekdayOf(first), day);
        assert.equal(dayNumber(occurrenceAfter(schedule, first)) - dayNumber(first), 7);
      }),
      { numRuns: 300 },
    );
  });
});
