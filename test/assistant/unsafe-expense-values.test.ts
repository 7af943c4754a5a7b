/**
 * Issue 11, items 11 and 12: no expense dated before 2000 is stored on any path, and text the model's tools send
 * is stored clean, on SQLite and on PostgreSQL (where a NUL used to fail the whole run).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderReply } from '../../src/bots/telegram/render-reply.ts';
import { executeRun } from '../../src/core/assistant/execute-run.ts';
import { validateExtraction } from '../../src/core/assistant/extraction/validate-extraction.ts';
import { createToolRegistry, type ToolRegistry } from '../../src/core/assistant/tool-registry.ts';
import type { ToolContext } from '../../src/core/assistant/tools/assistant-tool.ts';
import type { User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { CommandContext } from '../../src/core/service/command-context.ts';
import { addExpense } from '../../src/core/service/commands/add-expense.ts';
import { decideProposal } from '../../src/core/service/commands/decide-proposal.ts';
import { editExpense } from '../../src/core/service/commands/edit-expense.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { type CoreHarness, createCoreHarness, testSettings } from '../support/core-harness.ts';
import { createFreshPostgresDatabase } from '../support/fresh-postgres.ts';
import { type AssistantFixture, createAssistantFixture, now, today } from './assistant-fixture.ts';

const oldDates = ['0001-01-01', '1900-01-01', '1970-01-01'] as const;
/** Everything item 12 names: markup, control characters, a right-to-left override, a NUL, zero-width spaces. */
const hostileCategory = '\u202ecof\u200bfee\u0000\u0007';
const hostileNote = 'Blue\u0000 Tokai\r\n\u202e<b>bold</b>\u200b';
const forbidden = /[\p{Cc}\p{Cf}]/u;

const addArgs = (extra: Record<string, unknown> = {}) => ({
  amount: '120',
  currency: null,
  category: 'tea',
  note: null,
  spent_on: null,
  ...extra,
});
const editArgs = (extra: Record<string, unknown>) => ({
  number: 1,
  amount: null,
  currency: null,
  category: null,
  spent_on: null,
  note: null,
  ...extra,
});

/**
 * The tools as one run per call: an edit or deletion the call proposes is then confirmed, as the user's yes
 * would, so what the model sent is what reaches the table.
 */
function toolsFor(fixture: AssistantFixture, user: User, runKey: string): ToolRegistry {
  const { store } = fixture;
  return {
    definitions: createToolRegistry(fixture.toolContext(user, runKey)).definitions,
    async run(call) {
      // A context of its own per call: one run each.
      const context = fixture.toolContext(user, runKey);
      const record = await createToolRegistry(context).run(call);
      if (context.changes.proposed.length > 0) await confirmChanges(store, user, context, `${runKey}:${call.callId}`);
      return record;
    },
  };
}

async function confirmChanges(store: LedgerStore, user: User, context: ToolContext, sourceKey: string) {
  const proposal = await store.saveProposal({
    userId: user.id,
    sourceKey,
    changes: context.changes.proposed,
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + 60_000).toISOString(),
  });
  await confirmProposal(store, user, proposal.id);
}

/** The user's yes to proposal `id` (the latest open one when null), through the core's command. */
async function confirmProposal(store: LedgerStore, user: User, id: number | null) {
  const thread = await store.getThread(user.id);
  const result = await store.transaction((inTransaction) =>
    decideProposal(
      { store: inTransaction, settings: testSettings, user, thread, today, now, messageKey: `yes:${id}` },
      { kind: 'decide_proposal', decision: 'confirmed', proposalId: id },
    ),
  );
  assert.equal(result.reply.kind, 'proposal_confirmed', result.reply.text);
}

let callCount = 0;
async function callTool(tools: ToolRegistry, name: string, args: Record<string, unknown>) {
  const record = await tools.run({ callId: `call_${++callCount}`, name, arguments: JSON.stringify(args) });
  return { record, output: JSON.parse(record.output) as Record<string, unknown> };
}

describe('item 11: an expense dated 1 Jan 0001, 1900 or 1970 is refused on every path', () => {
  let harness: CoreHarness;
  before(async () => {
    harness = await createCoreHarness();
    await harness.say('asha', '120 coffee');
  });
  after(() => harness.close());

  const storedDates = async () => (await harness.store.listExpenses(1, {})).map((expense) => expense.spentOn);

  for (const date of oldDates) {
    it(`chat: "coffee 120 on ${date}" is refused with why, and nothing is stored`, async () => {
      const reply = await harness.say('asha', `coffee 120 on ${date}`);
      assert.equal(reply.kind, 'invalid');
      assert.match(reply.text, /before 2000/);
      assert.deepEqual(await storedDates(), ['2026-11-25']);
    });

    it(`chat: "edit 1 date ${date}" is refused and #1 keeps its date`, async () => {
      const reply = await harness.say('asha', `edit 1 date ${date}`);
      assert.equal(reply.kind, 'invalid');
      assert.match(reply.text, /before 2000/);
      assert.deepEqual(await storedDates(), ['2026-11-25']);
    });

    it(`an add or an edit to ${date} that skips the parser is refused by the rules all the same`, async () => {
      const ctx = await commandContext(harness, `direct:${date}`);
      const amount = { minor: 12_000, currency: 'INR' };
      const added = await harness.store.transaction((store) =>
        addExpense(
          { ...ctx, store },
          {
            kind: 'add',
            amount,
            category: 'coffee',
            note: null,
            spentOn: date,
            categorySource: 'written',
            keywords: [],
          },
        ),
      );
      const edited = await editExpense(ctx, { kind: 'edit', number: 1, changes: { spentOn: date } });
      assert.equal(added.reply.kind, 'invalid');
      assert.match(added.reply.text, /before 2000/);
      assert.equal(edited.reply.kind, 'invalid');
      assert.match(edited.reply.text, /before 2000/);
      assert.deepEqual(await storedDates(), ['2026-11-25']);
    });

    it(`extraction: a model reading of ${date} is refused`, () => {
      const fields = { amount: '120', currency: null, category: 'coffee', date, note: null };
      const checked = validateExtraction(fields, { today, defaultCurrency: 'INR', maxAmountMajor: 10_000_000 });
      assert.equal(checked.ok, false);
      if (!checked.ok) assert.match(checked.error, /before 2000/);
    });
  }

  describe("the model's tools", () => {
    let fx: AssistantFixture;
    let user: User;
    let tools: ToolRegistry;
    before(async () => {
      fx = await createAssistantFixture();
      user = await fx.createUser('ravi');
      tools = toolsFor(fx, user, 'run:dates');
      await fx.addExpense(user, '100', 'coffee', '2026-11-20');
    });
    after(() => fx.close());

    for (const date of oldDates) {
      it(`add_expense with spent_on ${date} is an error the model can read, and stores nothing`, async () => {
        const { record, output } = await callTool(tools, 'add_expense', addArgs({ spent_on: date }));
        assert.equal(record.ok, false);
        assert.match(String(output.error), /before 2000/);
        assert.equal((await fx.store.listExpenses(user.id, {})).length, 1);
      });

      it(`edit_expense to spent_on ${date} is an error, and #1 keeps its date`, async () => {
        const { record, output } = await callTool(tools, 'edit_expense', editArgs({ spent_on: date }));
        assert.equal(record.ok, false);
        assert.match(String(output.error), /before 2000/);
        assert.equal((await fx.store.findExpenseByNumber(user.id, 1))?.spentOn, '2026-11-20');
      });
    }
  });
});

describe("item 12: text from the model's tools is stored clean", () => {
  let fx: AssistantFixture;
  let user: User;
  let tools: ToolRegistry;
  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('meera');
    tools = toolsFor(fx, user, 'run:text');
  });
  after(() => fx.close());

  it('add_expense: controls, a right-to-left override, a NUL and zero-width spaces are dropped', async () => {
    const { record } = await callTool(tools, 'add_expense', addArgs({ category: hostileCategory, note: hostileNote }));
    assert.equal(record.ok, true);
    const stored = await fx.store.findExpenseByNumber(user.id, 1);
    assert.equal(stored?.category, 'coffee');
    assert.equal(stored?.note, 'Blue Tokai <b>bold</b>');
  });

  it('markup is kept as the text it is, and Telegram shows it escaped, never as formatting', async () => {
    const { record } = await callTool(tools, 'add_expense', addArgs({ category: 'tea', note: '<b>bold</b> & <i>' }));
    assert.ok(record.summary);
    const [message] = renderReply(textReply('expense_added', record.summary));
    assert.match(message?.html ?? '', /&lt;b&gt;bold&lt;\/b&gt; &amp; &lt;i&gt;/);
    assert.doesNotMatch(message?.html ?? '', /<b>|<i>/);
  });

  it('edit_expense: a hostile category and note are cleaned the same way', async () => {
    const { record } = await callTool(
      tools,
      'edit_expense',
      editArgs({ number: 2, category: `\u2066Kite Club\u2069\u0000`, note: '\u0000\u200bgift\u202e\u0008' }),
    );
    assert.equal(record.ok, true);
    const stored = await fx.store.findExpenseByNumber(user.id, 2);
    assert.equal(stored?.category, 'Kite Club');
    assert.equal(stored?.note, 'gift');
  });

  it('a category with nothing visible in it is refused; a note with nothing visible in it is no note', async () => {
    const empty = await callTool(tools, 'add_expense', addArgs({ category: '\u202e\u0000\u200b' }));
    assert.equal(empty.record.ok, false);
    assert.match(String(empty.output.error), /No category/);
    const editEmpty = await callTool(tools, 'edit_expense', editArgs({ number: 2, category: '\u2067\u0000' }));
    assert.equal(editEmpty.record.ok, false);
    assert.equal((await fx.store.findExpenseByNumber(user.id, 2))?.category, 'Kite Club');

    const blankNote = await callTool(tools, 'edit_expense', editArgs({ number: 2, note: '\u200b\u0000 ' }));
    assert.equal(blankNote.record.ok, true);
    assert.equal((await fx.store.findExpenseByNumber(user.id, 2))?.note, null);
  });

  it('an invisible character does not make a category the user has look new', async () => {
    await callTool(tools, 'add_expense', addArgs({ category: 'Board Games' }));
    await callTool(tools, 'add_expense', addArgs({ category: 'board\u200b games\u202e' }));
    const spellings = (await fx.store.listExpenses(user.id, { categoryKey: 'board games' })).map((e) => e.category);
    assert.deepEqual(spellings, ['Board Games', 'Board Games']);
  });
});

describe('item 12 on PostgreSQL: a NUL never reaches the database', () => {
  let fresh: FreshPostgres;
  let fx: AssistantFixture;
  let user: User;
  before(async () => {
    fresh = await freshPostgres();
    fx = await createAssistantFixture();
    user = await fresh.store.createUser({
      platform: 'cli',
      platformUserId: 'nul',
      displayName: 'nul',
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: true,
    });
  });
  after(async () => {
    await fx?.close();
    await fresh?.drop();
  });

  it('a run whose add_expense and edit_expense carry NULs completes, and stores the text without them', async () => {
    fx.fake.script(
      {
        type: 'calls',
        calls: [
          {
            name: 'add_expense',
            callId: 'call_a',
            arguments: addArgs({ category: hostileCategory, note: hostileNote }),
          },
        ],
      },
      {
        type: 'calls',
        calls: [{ name: 'edit_expense', callId: 'call_e', arguments: editArgs({ note: 'after\u0000 edit\u202e' }) }],
      },
      { type: 'text', text: 'Added and edited #1.' },
    );

    const result = await executeRun({
      model: fx.model,
      store: fresh.store,
      user,
      today,
      now,
      runKey: 'run:pg:nul',
      question: 'add 120 for coffee',
      history: [],
      maxAmountMajor: testSettings.maxAmountMajor,
    });

    assert.deepEqual(
      result.toolCalls.map((call) => call.ok),
      [true, true],
    );
    // The edit is a proposal: the user's yes applies it, its text cleaned on the way in.
    assert.equal((await fresh.store.findExpenseByNumber(user.id, 1))?.note, 'Blue Tokai <b>bold</b>');
    await confirmProposal(fresh.store, user, null);
    const stored = await fresh.store.findExpenseByNumber(user.id, 1);
    assert.equal(stored?.category, 'coffee');
    assert.equal(stored?.note, 'after edit');
    for (const event of result.events) assert.doesNotMatch(event, forbidden);
  });

  it('an intent with a NUL that skips the parser is cleaned before PostgreSQL sees it', async () => {
    const thread = await fresh.store.getThread(user.id);
    const ctx: CommandContext = {
      store: fresh.store,
      settings: testSettings,
      user,
      thread,
      today,
      now,
      messageKey: 'direct:nul',
    };
    const added = await fresh.store.transaction((store) =>
      addExpense(
        { ...ctx, store },
        {
          kind: 'add',
          amount: { minor: 5_000, currency: 'INR' },
          category: 'snacks\u0000',
          note: 'a\u0000b',
          spentOn: today,
          categorySource: 'written',
          keywords: [],
        },
      ),
    );
    assert.equal(added.reply.kind, 'expense_added');
    const stored = await fresh.store.findExpenseBySourceKey(user.id, 'direct:nul');
    assert.deepEqual([stored?.category, stored?.note], ['snacks', 'a b']);
  });
});

async function commandContext(harness: CoreHarness, messageKey: string): Promise<CommandContext> {
  const user = await harness.store.findUser('cli', 'asha');
  assert.ok(user);
  return {
    store: harness.store,
    settings: testSettings,
    user,
    thread: await harness.store.getThread(user.id),
    today,
    now,
    messageKey,
  };
}

interface FreshPostgres {
  readonly store: LedgerStore;
  drop(): Promise<void>;
}

/** A migrated database of its own, dropped afterwards. */
async function freshPostgres(): Promise<FreshPostgres> {
  const fresh = await createFreshPostgresDatabase();
  const database: OpenedDatabase = await openDatabase(fresh.url);
  await migrateToLatest(database.db);
  return {
    store: createLedgerStore(database.db, database.dialect),
    drop: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}
