/**
 * finbot's Redis killed (SIGKILL, nothing saved) and started again empty while questions and quick-adds stream
 * in: every question answered once, every expense stored once; recovery from the restart to the last answer.
 */
import type { FaultRow } from './fault-row.ts';
import { sleep, startFaultStack } from './finbot-stack.ts';
import { describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';
import { quickAddLoad } from './quick-add-load.ts';

export async function redisRestart(): Promise<FaultRow> {
  const stack = await startFaultStack('redis-restart', { modelFallback: slowSummaryModel(700) });
  let failed = true;
  try {
    await stack.finbot('serve', 'serve', { RUN_WORKERS: 'true' });
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 300);
    // Quick-adds alongside: they need no Redis, so they must not be lost or doubled either.
    const adding = quickAddLoad(stack);
    await sleep(3000);
    const at = Date.now();
    const outstanding = load.outstanding();
    await stack.redis.restartEmpty();
    const restartedMs = Date.now() - at;
    await sleep(4000);
    await asking.stop();
    await adding.stop();
    await load.settle(75_000);
    const missing = await describeMissing(stack, load);
    // Every question asked up to 4 s after the restart counts: those asked while Redis was away suffer most.
    const recovery = recoveredAfter(load, at, load.asked);
    const inHand = recoveredAfter(load, at, outstanding);
    const stored = await adding.figures();
    const adds = stored.sent;
    const questions = load.figures();
    const row: FaultRow = {
      scenario: 'redis killed, restarted empty',
      sent: load.asked.length + adds,
      expected: questions.expected + adds,
      delivered: questions.delivered + stored.delivered,
      duplicates: questions.duplicates + stored.duplicates,
      lost: questions.lost + stored.lost,
      recoveryMs: recovery ?? Number.POSITIVE_INFINITY,
      note: `${load.asked.length} questions (${outstanding.length} in hand at the kill, answered ${inHand === undefined ? 'never' : `${(inHand / 1000).toFixed(1)} s`} after it) + ${adds} quick-adds; Redis back in ${(restartedMs / 1000).toFixed(1)} s${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}
