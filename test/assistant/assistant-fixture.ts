/**
 * A real SQLite store, users with expenses, and the real OpenAI SDK pointed at the fake server (over the API
 * FINBOT_TEST_OPENAI_STYLE names). Built on the storage directly rather than the core harness: these tests
 * drive tools and runs, not chat parsing.
 */

import type { ModelClientOptions } from '../../src/assistant/create-model-client.ts';
import type { ExecuteRunRequest, ExecuteRunResult } from '../../src/core/assistant/execute-run.ts';
import { executeRun } from '../../src/core/assistant/execute-run.ts';
import type { ModelClient } from '../../src/core/assistant/model-client.ts';
import { createRunChanges } from '../../src/core/assistant/run-changes.ts';
import type { ToolContext } from '../../src/core/assistant/tools/assistant-tool.ts';
import type { Expense } from '../../src/core/domain/expense.ts';
import type { User } from '../../src/core/domain/user.ts';
import { moneyFromDecimal } from '../../src/core/money/money.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { CommandResult } from '../../src/core/service/command-context.ts';
import { decideProposal } from '../../src/core/service/commands/decide-proposal.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { openDatabase } from '../../src/storage/open-database.ts';
import { testSettings } from '../support/core-harness.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { createTestModelClient } from '../support/openai-test-style.ts';

/** Wednesday 25 Nov 2026, noon in Kolkata: ISO week 2026-W48, Monday 23 to Sunday 29. */
export const now = '2026-11-25T06:30:00.000Z';
export const today = '2026-11-25';

export interface AssistantFixture {
  readonly store: LedgerStore;
  readonly fake: FakeOpenAI;
  readonly model: ModelClient;
  createUser(name: string): Promise<User>;
  addExpense(user: User, amount: string, category: string, spentOn?: string, note?: string): Promise<Expense>;
  /** Tool context bound to `user`, as the run builds it. */
  toolContext(user: User, runKey?: string): ToolContext;
  run(user: User, question: string, extra?: Partial<ExecuteRunRequest>): Promise<ExecuteRunResult>;
  /** The user's answer to a proposal, as the core's "confirm proposal N" / "cancel proposal N" handles it. */
  decide(
    user: User,
    decision: 'confirmed' | 'cancelled',
    proposalId: number | null,
    at?: string,
  ): Promise<CommandResult>;
  close(): Promise<void>;
}

let sourceCounter = 0;
let runCounter = 0;

export async function createAssistantFixture(
  clientOptions: Partial<ModelClientOptions> = {},
): Promise<AssistantFixture> {
  const database = await openDatabase('sqlite::memory:');
  await migrateToLatest(database.db);
  const store = createLedgerStore(database.db, database.dialect);
  const fake = await startFakeOpenAI();
  const model = createTestModelClient(fake.baseURL, clientOptions);

  const toolContext = (user: User, runKey = 'run:test'): ToolContext => ({
    store,
    user,
    today,
    now,
    sourceKeyPrefix: runKey,
    maxAmountMajor: 10_000_000,
    changes: createRunChanges(),
  });

  return {
    store,
    fake,
    model,
    createUser: (name) =>
      store.createUser({
        platform: 'cli',
        platformUserId: name,
        displayName: name,
        timeZone: 'Asia/Kolkata',
        currency: 'INR',
        locale: 'en-IN',
        weekStart: 1,
        digestEnabled: true,
      }),
    addExpense: async (user, amount, category, spentOn = today, note) => {
      const money = moneyFromDecimal(amount, user.currency, 10_000_000);
      if (!money.ok) throw new Error(`bad amount ${amount}`);
      return store.insertExpense({
        userId: user.id,
        amount: money.value,
        category,
        note: note ?? null,
        spentOn,
        sourceKey: `fixture:${++sourceCounter}`,
        createdAt: now,
      });
    },
    toolContext,
    run: async (user, question, extra = {}) => {
      const thread = await store.getThread(user.id);
      return executeRun({
        model,
        store,
        user,
        today,
        now,
        // Each run its own message, as in the chat.
        runKey: `run:${user.platformUserId}:${++runCounter}`,
        question,
        history: await store.recentThreadMessages(thread.id, 50),
        maxAmountMajor: 10_000_000,
        ...extra,
      });
    },
    decide: async (user, decision, proposalId, at = now) => {
      const thread = await store.getThread(user.id);
      return store.transaction((inTransaction) =>
        decideProposal(
          {
            store: inTransaction,
            settings: testSettings,
            user,
            thread,
            today,
            now: at,
            messageKey: `decide:${++sourceCounter}`,
          },
          { kind: 'decide_proposal', decision, proposalId },
        ),
      );
    },
    close: async () => {
      await fake.close();
      await database.close();
    },
  };
}

/** The function_call_output items of a recorded request body, parsed. */
export function toolOutputs(body: Record<string, unknown>): Array<Record<string, unknown>> {
  const input = (body.input ?? []) as Array<Record<string, unknown>>;
  return input
    .filter((item) => item.type === 'function_call_output')
    .map((item) => JSON.parse(item.output as string) as Record<string, unknown>);
}
