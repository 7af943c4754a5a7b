/**
 * Fuzzing every write path with fast-check: generated chat messages through the real message handler, generated
 * argument sets through the model's real tools and generated extractions through the real quick-add. Nothing may
 * throw, and every row stored afterwards must meet the expense rules, checked here independently of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { validateExtraction } from '../../src/core/assistant/extraction/validate-extraction.ts';
import { createRunChanges, type RunChanges } from '../../src/core/assistant/run-changes.ts';
import { createToolRegistry, type ToolRegistry } from '../../src/core/assistant/tool-registry.ts';
import type { User } from '../../src/core/domain/user.ts';
import { isKnownCurrency, minorDigits } from '../../src/core/money/currency.ts';
import { addExpense } from '../../src/core/service/commands/add-expense.ts';
import { decideProposal } from '../../src/core/service/commands/decide-proposal.ts';
import { addDays, localToday } from '../../src/core/time/period.ts';
import { type CoreHarness, createCoreHarness, message, testSettings } from '../support/core-harness.ts';

const users = ['asha', 'ravi', 'meera'] as const;
/** The model's tools act for a user of their own, whose expenses chat deletes and undoes never touch. */
const toolUser = 'tara';
const seedMessages = ['120 coffee', '450 groceries yesterday', '80 chai - with Ravi', '1200 kite club', '300 uber'];
const chatMessages = 10_000;
const toolCalls = 1_500;
const extractions = 1_000;

/** What a careful human would refuse to find stored: invisible, steering and control characters, odd spaces. */
const unstorable = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|[^\S ]| {2}|^ | $/u;

/** Characters that break storage or rendering: NUL, controls, bidi overrides and isolates, zero-width, BOM. */
const hostileChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
  '\t',
  '\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u3164',
  '\ud800',
  '\udfff',
  '\u00a0',
  '\u3000',
);
const markup = fc.constantFrom(
  '<b>',
  '</b>',
  '<a href="x">',
  '&amp;',
  '*bold*',
  '_it_',
  '`code`',
  '<!channel>',
  '<@U1>',
);
const words = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'coffee',
      'groceries',
      'uber',
      'rent',
      'Board Games',
      'kite club',
      'lunch',
      'चाय',
      'café',
    ),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('☕', '👨‍👩‍👧', 'M&S', 'e\u0301', 'ｃｏｆｆｅｅ'), weight: 2 },
  // Longer than a category or a note may be.
  { arbitrary: fc.constantFrom('x'.repeat(70), 'y'.repeat(250)), weight: 1 },
);
/** Text with a real word in it, peppered with hostile characters and markup, sometimes long. */
const hostileText = fc
  .tuple(
    fc.array(fc.oneof(words, hostileChar, markup, fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 8 }),
    words,
    fc.nat(),
  )
  // Mostly with a real word in it, so that much of it gets as far as storing.
  .map(([parts, word, at]) => (at % 4 === 0 ? parts : parts.toSpliced(at % (parts.length + 1), 0, word)).join(''));

const pad = (value: number, width: number) => String(value).padStart(width, '0');
/** ISO-shaped dates from year 1 to 9999, some not real (month 13, day 32), the three among them. */
const isoDate = fc.oneof(
  fc.constantFrom('0001-01-01', '1900-01-01', '1970-01-01', '1999-12-31', '2000-01-01', '2026-11-26', '2026-11-27'),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  fc
    .tuple(fc.integer({ min: 1995, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([year, month, day]) => `${year}-${pad(month, 2)}-${pad(day, 2)}`),
);
const datePhrase = fc.oneof(
  fc.constant(''),
  fc.constantFrom('yesterday', 'today', 'tomorrow', 'day after tomorrow', 'last friday', '3 days ago', 'on the 31st'),
  fc.constantFrom('on 1 Jan 1970', 'on 01/01/1970', '12/31/1899', 'on 31 Dec 1999', 'on 1.1.0001', 'on 29 Feb 2027'),
  isoDate.map((date) => `on ${date}`),
);
const amountText = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999 }))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('-50', '0', '0.00', '1e9', '99999999999999999999', '₹1,25,000', '$5', '€3,50', 'twenty', '10000001'),
  fc.constantFrom('USD 12.50', '500 JPY', '1.5 KWD', 'XYZ 10', 'Rs 10,000/-', '£950pcm', 'a tenner'),
);
const noteText = fc.oneof(
  fc.constant(''),
  hostileText.map((text) => ` - ${text}`),
  hostileText.map((text) => ` (${text})`),
  hostileText.map((text) => ` note: ${text}`),
);
const expenseNumber = fc.integer({ min: 0, max: 40 });

/** Chat messages: quick-adds, edits, undos and deletes with hostile parts, and now and then pure noise. */
const chatMessage = fc
  .tuple(
    fc.oneof(
      fc
        .tuple(amountText, hostileText, datePhrase, noteText)
        .map(([amount, what, date, note]) => `${amount} ${what} ${date}${note}`),
      fc.tuple(hostileText, amountText, datePhrase).map(([what, amount, date]) => `spent ${amount} on ${what} ${date}`),
      fc.tuple(expenseNumber, datePhrase).map(([n, date]) => `edit ${n} date ${date.replace(/^on /, '')}`),
      fc.tuple(expenseNumber, isoDate).map(([n, date]) => `edit ${n} ${date}`),
      fc.tuple(expenseNumber, hostileText).map(([n, what]) => `edit ${n} category ${what}`),
      fc.tuple(expenseNumber, hostileText).map(([n, what]) => `edit ${n} note ${what}`),
      fc.tuple(expenseNumber, amountText).map(([n, amount]) => `edit ${n} ${amount}`),
      fc
        .tuple(expenseNumber, amountText, hostileText, datePhrase, noteText)
        .map(([n, amount, what, date, note]) => `change #${n} to ${amount} ${what} ${date}${note}`),
      fc.tuple(expenseNumber, hostileText).map(([n, note]) => `edit ${n} - ${note}`),
      expenseNumber.map((n) => `delete ${n}`),
      fc.constantFrom('undo', 'list', 'help'),
      fc.string({ maxLength: 60, unit: 'binary' }),
    ),
    // A hostile character dropped in anywhere, the way a paste or a keyboard slip would.
    fc.array(fc.tuple(fc.nat(), hostileChar), { maxLength: 3 }),
  )
  .map(([text, inserts]) =>
    inserts.reduce((acc, [at, char]) => {
      const cut = at % (acc.length + 1);
      return `${acc.slice(0, cut)}${char}${acc.slice(cut)}`;
    }, text),
  );

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
/** Mostly null (the user's own currency), as a model sends it. */
const currencyArg = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom('INR', 'usd', 'JPY', 'KWD', 'XYZ', 'rupees', '', '\u0000'), weight: 1 },
);
/** Mostly amounts a model would send, so that most calls get as far as storing; the rest are broken. */
const amountArg = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 99_999 }).map(String), weight: 4 },
  { arbitrary: fc.constantFrom('42.50', '10000000', '10000000.01', '0.5'), weight: 1 },
  { arbitrary: amountText, weight: 1 },
  { arbitrary: fc.constantFrom('', ' 12 ', '1,250.50', '0.001', 'NaN', 'Infinity', '1\u0000'), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
);
/** Dates a model would send, mostly null (today) or recent, and the ones of the issue. */
const spentOnArg = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.integer({ min: -40, max: 2 }).map((days) => addDays('2026-11-25', days)), weight: 2 },
  { arbitrary: isoDate, weight: 2 },
);

/** Tool-call argument sets: well-formed ones with hostile values, and broken ones (wrong types, extra fields, not JSON). */
const toolCall = fc.oneof(
  {
    arbitrary: fc
      .record({
        amount: amountArg,
        currency: currencyArg,
        category: hostileText,
        note: nullable(hostileText),
        spent_on: spentOnArg,
      })
      .map((args) => ({ name: 'add_expense', args: JSON.stringify(args) })),
    weight: 5,
  },
  {
    arbitrary: fc
      .record({
        number: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 40 })),
        amount: nullable(amountArg),
        // Only with an amount; a currency alone is refused before anything else is looked at.
        currency: fc.constant(null),
        category: nullable(hostileText),
        spent_on: spentOnArg,
        note: nullable(hostileText),
      })
      .map((args) => ({ name: 'edit_expense', args: JSON.stringify(args) })),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('add_expense', 'edit_expense', 'delete_expense', 'no_such_tool'), fc.anything())
      .map(([name, args]) => ({ name, args: JSON.stringify(args) ?? 'null' })),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('add_expense', 'edit_expense'), fc.string({ maxLength: 40, unit: 'binary' }))
      .map(([name, args]) => ({ name, args })),
    weight: 1,
  },
);

/** Extraction fields as a model might send them. */
const extraction = fc.record({
  amount: amountArg,
  currency: currencyArg,
  category: hostileText,
  date: nullable(fc.oneof(isoDate, fc.string({ maxLength: 12 }))),
  note: nullable(hostileText),
});

describe('every stored expense meets the rules, whatever is sent', () => {
  let harness: CoreHarness;
  let today: string;
  before(async () => {
    harness = await createCoreHarness();
    today = localToday(harness.clock, testSettings.defaults.timeZone);
    // Each user with a few expenses, so the tests can run alone and edits find something to change.
    for (const user of [...users, toolUser]) for (const text of seedMessages) await harness.say(user, text);
  });
  after(() => harness.close());

  /** Every row in the table, deleted ones included, against the rules. */
  async function assertEveryRowStorable(): Promise<number> {
    const rows = await harness.database.db.selectFrom('expenses').selectAll().execute();
    for (const row of rows) {
      const shown = JSON.stringify(row);
      const minor = Number(row.amount_minor);
      assert.ok(isKnownCurrency(row.currency), shown);
      assert.ok(Number.isSafeInteger(minor) && minor > 0, shown);
      assert.ok(minor <= testSettings.maxAmountMajor * 10 ** minorDigits(row.currency), shown);
      assert.ok(typeof row.spent_on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(row.spent_on), shown);
      assert.ok(row.spent_on >= '2000-01-01' && row.spent_on <= addDays(today, 1), shown);
      assert.ok(row.category.length >= 1 && row.category.length <= 60, shown);
      assert.doesNotMatch(row.category, unstorable, shown);
      if (row.note !== null) {
        assert.ok(row.note.length >= 1 && row.note.length <= 200, shown);
        assert.doesNotMatch(row.note, unstorable, shown);
      }
    }
    return rows.length;
  }

  test(`${chatMessages.toLocaleString('en')} generated chat messages: each gets a reply, none throws`, async () => {
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(chatMessage, fc.constantFrom(...users), async (text, user) => {
        const reply = await harness.handle(message(user, text, `fuzz:chat:${++sequence}`));
        assert.ok(reply.text.length > 0);
      }),
      { numRuns: chatMessages, seed: 11_011 },
    );
    const stored = await assertEveryRowStorable();
    // The generator is no use if it never gets anything stored.
    assert.ok(stored > chatMessages / 20, `only ${stored} expenses stored`);
  });

  test(`${toolCalls.toLocaleString('en')} generated tool calls, proposals confirmed: each gets an output, none throws`, async () => {
    const user = await harness.store.findUser('cli', toolUser);
    assert.ok(user);
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(toolCall, async (call) => {
        // Each call is a run of its own, so the per-run cap on additions does not starve the generator.
        const changes = createRunChanges();
        const tools = toolsFor(harness, user, today, changes);
        const callId = `call_${++sequence}`;
        const record = await tools.run({ callId, name: call.name, arguments: call.args });
        const output = JSON.parse(record.output) as { ok: boolean; error?: string };
        assert.equal(typeof output.ok, 'boolean');
        if (!output.ok) assert.ok(output.error && output.error.length > 0);
        if (changes.proposed.length > 0) await confirmProposal(harness, user, today, changes, `fuzz:${callId}`);
      }),
      { numRuns: toolCalls, seed: 11_012 },
    );
    await assertEveryRowStorable();
  });

  test(`${extractions.toLocaleString('en')} generated extractions: stored only when they meet the rules`, async () => {
    const user = await harness.store.findUser('cli', 'ravi');
    assert.ok(user);
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(extraction, async (fields) => {
        const intent = validateExtraction(fields, {
          today,
          defaultCurrency: user.currency,
          maxAmountMajor: testSettings.maxAmountMajor,
        });
        if (!intent.ok) return;
        const thread = await harness.store.getThread(user.id);
        const now = harness.clock.now().toISOString();
        const messageKey = `fuzz:extract:${++sequence}`;
        await harness.store.transaction((store) =>
          addExpense({ store, settings: testSettings, user, thread, today, now, messageKey }, intent.value),
        );
      }),
      { numRuns: extractions, seed: 11_013 },
    );
    await assertEveryRowStorable();
  });
});

function toolsFor(harness: CoreHarness, user: User, today: string, changes: RunChanges): ToolRegistry {
  return createToolRegistry({
    store: harness.store,
    user,
    today,
    now: harness.clock.now().toISOString(),
    sourceKeyPrefix: 'fuzz:run',
    maxAmountMajor: testSettings.maxAmountMajor,
    changes,
  });
}

/** Saves the run's proposal and says yes to it, as the user would: the edits then reach the table. */
async function confirmProposal(
  harness: CoreHarness,
  user: User,
  today: string,
  changes: RunChanges,
  sourceKey: string,
): Promise<void> {
  const now = harness.clock.now().toISOString();
  const proposal = await harness.store.saveProposal({
    userId: user.id,
    sourceKey,
    changes: changes.proposed,
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + 60_000).toISOString(),
  });
  const thread = await harness.store.getThread(user.id);
  const result = await harness.store.transaction((store) =>
    decideProposal(
      { store, settings: testSettings, user, thread, today, now, messageKey: `${sourceKey}:yes` },
      { kind: 'decide_proposal', decision: 'confirmed', proposalId: proposal.id },
    ),
  );
  assert.equal(result.reply.kind, 'proposal_confirmed');
}
