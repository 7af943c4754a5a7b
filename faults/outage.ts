/**
 * One of finbot's dependencies goes away for a while under load — Redis frozen, PostgreSQL refusing or hanging —
 * then comes back: every question answered once, every quick-add stored once, and the recovery time from its
 * return to the last answer of every question asked until then.
 */
import type { FaultRow } from './fault-row.ts';
import { type FaultStack, type FaultStackOptions, sleep, startFaultStack } from './finbot-stack.ts';
import { describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';
import { quickAddLoad } from './quick-add-load.ts';

export interface Outage {
  readonly scenario: string;
  readonly stackName: string;
  readonly stackOptions?: Omit<FaultStackOptions, 'modelFallback'>;
  readonly outageMs: number;
  begin(stack: FaultStack): void | Promise<void>;
  end(stack: FaultStack): void | Promise<void>;
}

export async function outageRow(outage: Outage): Promise<FaultRow> {
  const stack = await startFaultStack(outage.stackName, {
    ...outage.stackOptions,
    modelFallback: slowSummaryModel(500),
  });
  let failed = true;
  try {
    await stack.finbot('serve', 'serve', { RUN_WORKERS: 'true' });
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 300);
    const adding = quickAddLoad(stack);
    await sleep(2000);
    const inHandAtStart = load.outstanding().length;
    await outage.begin(stack);
    await sleep(outage.outageMs);
    await outage.end(stack);
    const endedAt = Date.now();
    const askedByEnd = [...load.asked];
    await sleep(2000);
    await asking.stop();
    await adding.stop();
    await load.settle(45_000);
    const missing = await describeMissing(stack, load);
    const recovery = recoveredAfter(load, endedAt, askedByEnd);
    const questions = load.figures();
    const adds = await adding.figures();
    const row: FaultRow = {
      scenario: outage.scenario,
      sent: load.asked.length + adds.sent,
      expected: questions.expected + adds.sent,
      delivered: questions.delivered + adds.delivered,
      duplicates: questions.duplicates + adds.duplicates,
      lost: questions.lost + adds.lost,
      recoveryMs: Math.max(0, recovery ?? Number.POSITIVE_INFINITY),
      recoveryTargetMs: 15_000,
      note: `${load.asked.length} questions (${inHandAtStart} in hand when it began) + ${adds.sent} quick-adds; out for ${(outage.outageMs / 1000).toFixed(0)} s${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}

export const redisPaused = (): Promise<FaultRow> =>
  outageRow({
    scenario: 'redis paused 8 s',
    stackName: 'redis-pause',
    outageMs: 8000,
    begin: (stack) => stack.redis.pause(),
    end: (stack) => stack.redis.resume(),
  });

export const databaseOut = (mode: 'refuse' | 'hang'): Promise<FaultRow> =>
  outageRow({
    scenario: mode === 'refuse' ? 'database refused 8 s' : 'database hung 8 s',
    stackName: `database-${mode}`,
    stackOptions: { relayDatabase: true },
    outageMs: 8000,
    begin: (stack) => stack.databaseRelay?.set(mode),
    end: (stack) => stack.databaseRelay?.set('up'),
  });
