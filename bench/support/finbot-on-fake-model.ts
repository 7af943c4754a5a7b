/**
 * finbot as the terminal chat runs it, for counting what questions cost: the real message handler on a fresh
 * SQLite file, and every question it hands to the model run at once through the real run executor and the
 * OpenAI SDK against the fake model server. The business clock is fixed, so "this week" is the seeded week.
 */

import { createInlineRunScheduler } from '../../src/app/inline-run-scheduler.ts';
import { createOpenAIResponsesClient } from '../../src/assistant/openai-responses-client.ts';
import type { ModelClient, ModelUsage } from '../../src/core/assistant/model-client.ts';
import { createModelRunExecutor } from '../../src/core/assistant/model-run-executor.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { RunEvent } from '../../src/core/runs/process-thread-runs.ts';
import { createMessageHandler } from '../../src/core/service/handle-message.ts';
import type { Reply } from '../../src/core/service/inbound-message.ts';
import type { Clock } from '../../src/core/time/clock.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { type FakeOpenAI, type FakeTurnSpec, startFakeOpenAI } from '../../test/support/fake-openai-server.ts';
import { openBenchDatabase } from './bench-database.ts';
import { benchSettings } from './bench-settings.ts';
import type { WeekExpense } from './expense-week.ts';

export interface FinbotOnFakeModel {
  readonly fake: FakeOpenAI;
  readonly store: LedgerStore;
  /** The usage each model response reported, in order. */
  readonly usages: ReadonlyArray<ModelUsage>;
  /** Run events (an ungrounded reply, a failed run) seen so far. */
  readonly runEvents: ReadonlyArray<RunEvent>;
  /** Sends `text` as the benchmark's user; a question handed to the model is answered before this resolves. */
  ask(text: string): Promise<{ reply: Reply; answer: string | undefined }>;
  close(): Promise<void>;
}

const user = 'bench-user';

/** Stands finbot up at `now` with `rows` in its ledger; `model` scripts the fake server's answers. */
export async function startFinbotOnFakeModel(options: {
  readonly now: string;
  readonly rows: ReadonlyArray<WeekExpense>;
  readonly model: FakeTurnSpec;
}): Promise<FinbotOnFakeModel> {
  const { database, drop } = await openBenchDatabase('sqlite');
  const store = createLedgerStore(database.db, database.dialect);
  const clock: Clock = { now: () => new Date(options.now) };
  const fake = await startFakeOpenAI({ fallback: options.model });
  const usages: ModelUsage[] = [];
  const runEvents: RunEvent[] = [];
  const answers = new Map<number, string>();
  const sdkModel = createOpenAIResponsesClient({ baseURL: fake.baseURL, apiKey: 'sk-bench', model: 'fake-model' });
  // Only watches what comes back; the request and response pass unchanged.
  const model: ModelClient = {
    respond: async (request) => {
      const response = await sdkModel.respond(request);
      usages.push(response.usage);
      return response;
    },
  };
  const executor = createModelRunExecutor({ store, clock, model, settings: benchSettings });
  const runScheduler = createInlineRunScheduler({
    store,
    clock,
    executor,
    deliver: async (run) => {
      answers.set(run.id, run.reply ?? '');
    },
    maxAttempts: 1,
    leaseMs: 60_000,
    backoffMs: () => 0,
    onEvent: (event) => {
      if (event.type !== 'completed') runEvents.push(event);
    },
  });
  const handle = createMessageHandler({ store, clock, settings: benchSettings, runScheduler });
  let sequence = 0;
  const ask = async (text: string) => {
    const key = `bench:${++sequence}`;
    const reply = await handle({
      platform: 'cli',
      platformUserId: user,
      displayName: user,
      key,
      text,
      replyTarget: { platform: 'cli', address: { messageKey: key, user } },
    });
    return { reply, answer: reply.runId === undefined ? undefined : answers.get(reply.runId) };
  };

  // The first message creates the user; the ledger goes in straight through the store.
  await ask('help');
  const owner = await store.findUser('cli', user);
  if (!owner) throw new Error('the benchmark user was not created');
  for (const [index, row] of options.rows.entries()) {
    await store.insertExpense({
      userId: owner.id,
      amount: { minor: row.minor, currency: row.currency },
      category: row.category,
      note: row.note,
      spentOn: row.spentOn,
      sourceKey: `bench:row:${index}`,
      createdAt: options.now,
    });
  }

  return {
    fake,
    store,
    usages,
    runEvents,
    ask,
    async close() {
      await fake.close();
      await drop();
    },
  };
}
