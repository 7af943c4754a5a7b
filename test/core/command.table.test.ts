import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Intent } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

const inr = (minor: number) => ({ minor, currency: 'INR' });
const thisWeek = { from: '2026-11-23', to: '2026-11-29', label: 'this week' };

const commands: ReadonlyArray<readonly [string, Intent]> = [
  ['undo', { kind: 'undo', number: null }],
  ['/undo', { kind: 'undo', number: null }],
  ['Undo last', { kind: 'undo', number: null }],
  ['undo 12', { kind: 'undo', number: 12 }],
  ['undo #12', { kind: 'undo', number: 12 }],
  ['/undo@finbot_bot #3', { kind: 'undo', number: 3 }],
  ['delete 12', { kind: 'delete', number: 12 }],
  ['delete #12', { kind: 'delete', number: 12 }],
  ['/delete 7', { kind: 'delete', number: 7 }],
  ['del 12', { kind: 'delete', number: 12 }],
  ['remove #12', { kind: 'delete', number: 12 }],
  ['edit 12 300', { kind: 'edit', number: 12, changes: { amount: inr(30000) } }],
  ['edit #12 amount 300', { kind: 'edit', number: 12, changes: { amount: inr(30000) } }],
  ['edit #12 to ₹450', { kind: 'edit', number: 12, changes: { amount: inr(45000) } }],
  ['edit 12 category food', { kind: 'edit', number: 12, changes: { category: 'food' } }],
  ['edit 12 cat Board Games', { kind: 'edit', number: 12, changes: { category: 'Board Games' } }],
  ['edit 12 date yesterday', { kind: 'edit', number: 12, changes: { spentOn: '2026-11-24' } }],
  ['edit 12 note birthday dinner', { kind: 'edit', number: 12, changes: { note: 'birthday dinner' } }],
  ['edit 4 450 fuel', { kind: 'edit', number: 4, changes: { amount: inr(45000), category: 'fuel' } }],
  [
    'edit 4 $12 lunch yesterday',
    {
      kind: 'edit',
      number: 4,
      changes: { amount: { minor: 1200, currency: 'USD' }, category: 'food', spentOn: '2026-11-24' },
    },
  ],
  ['list', { kind: 'list', limit: null, period: null, category: null }],
  ['/list', { kind: 'list', limit: null, period: null, category: null }],
  ['recent', { kind: 'list', limit: null, period: null, category: null }],
  ['list 20', { kind: 'list', limit: 20, period: null, category: null }],
  ['show my expenses', { kind: 'list', limit: null, period: null, category: null }],
  ['list groceries', { kind: 'list', limit: null, period: null, category: 'groceries' }],
  ['list this week', { kind: 'list', limit: null, period: thisWeek, category: null }],
  ['list cab this week', { kind: 'list', limit: null, period: thisWeek, category: 'transport' }],
  ['settings', { kind: 'settings', changes: {} }],
  ['/settings', { kind: 'settings', changes: {} }],
  ['set timezone Europe/London', { kind: 'settings', changes: { timeZone: 'Europe/London' } }],
  [
    'settings timezone Europe/London'.replace('settings ', 'set '),
    { kind: 'settings', changes: { timeZone: 'Europe/London' } },
  ],
  ['set time zone to America/New_York', { kind: 'settings', changes: { timeZone: 'America/New_York' } }],
  ['tz asia/kolkata', { kind: 'settings', changes: { timeZone: 'Asia/Kolkata' } }],
  ['timezone UTC', { kind: 'settings', changes: { timeZone: 'UTC' } }],
  ['set currency USD', { kind: 'settings', changes: { currency: 'USD' } }],
  ['currency eur', { kind: 'settings', changes: { currency: 'EUR' } }],
  ['set week start sunday', { kind: 'settings', changes: { weekStart: 7 } }],
  ['week starts monday', { kind: 'settings', changes: { weekStart: 1 } }],
  ['week starts on sat', { kind: 'settings', changes: { weekStart: 6 } }],
  ['set locale en-US', { kind: 'settings', changes: { locale: 'en-US' } }],
  ['digest on', { kind: 'settings', changes: { digestEnabled: true } }],
  ['/digest off', { kind: 'settings', changes: { digestEnabled: false } }],
  ['help', { kind: 'help' }],
  ['/help', { kind: 'help' }],
  ['?', { kind: 'help' }],
  ['start', { kind: 'help' }],
  ['/start', { kind: 'help' }],
  ['hi', { kind: 'help' }],
  ['Hello', { kind: 'help' }],
];

describe('commands', () => {
  for (const [message, intent] of commands) {
    test(`"${message}" is ${intent.kind}`, () => assert.deepEqual(parseMessage(message, parseContext), intent));
  }
});
