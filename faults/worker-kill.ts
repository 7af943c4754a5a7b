/**
 * `finbot worker` processes killed with SIGKILL while model questions stream in, each restarted at once: every
 * question answered once. A kill's recovery is the time until every question outstanding at it was answered;
 * the next kill waits for it, so one kill's runs are not cut again by the next.
 */
import type { FaultRow } from './fault-row.ts';
import { type FinbotChild, sleep, startFaultStack, waitForSettled } from './finbot-stack.ts';
import { describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';

export async function workerKills(kills: number): Promise<FaultRow> {
  const stack = await startFaultStack('worker-kill', { modelFallback: slowSummaryModel(500) });
  let failed = true;
  try {
    await stack.finbot('serve', 'serve', { RUN_WORKERS: 'false' });
    const workers: FinbotChild[] = [
      await stack.finbot('worker', 'worker-a0'),
      await stack.finbot('worker', 'worker-b0'),
    ];
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 400);
    const recoveries: Array<number | undefined> = [];
    const killedAt: number[] = [];
    await sleep(3000);
    for (let k = 0; k < kills; k++) {
      const slot = k % workers.length;
      const victim = workers[slot] as FinbotChild;
      const at = Date.now();
      killedAt.push(at);
      victim.child.kill('SIGKILL');
      await victim.exited;
      const outstanding = load.outstanding();
      workers[slot] = await stack.finbot('worker', `worker-${slot === 0 ? 'a' : 'b'}${k + 1}`);
      const recovered = () => recoveredAfter(load, at, outstanding) !== undefined;
      await waitForSettled(recovered, () => load.answers().length, 30_000);
      recoveries.push(recoveredAfter(load, at, outstanding));
      // Let the restarted worker take runs of its own before the next kill.
      await sleep(1000);
    }
    await asking.stop();
    await load.settle();
    const missing = await describeMissing(stack, load);
    const figures = load.figures();
    const repeats = repeatsAtKill(load.answers(), killedAt);
    const row: FaultRow = {
      scenario: `worker kill -9 x${kills}`,
      sent: load.asked.length,
      ...figures,
      duplicates: figures.duplicates - repeats,
      recoveriesMs: recoveries.map((ms) => ms ?? Number.POSITIVE_INFINITY),
      recoveryTargetMs: 15_000,
      note: `2 workers, a model question every 0.4 s; recovery per kill (s): ${recoveries
        .map((ms) => (ms === undefined ? 'never' : (ms / 1000).toFixed(1)))
        .join(
          ' ',
        )}${repeats > 0 ? `; ${repeats} reply sent again because its worker was killed within ${repeatWindowMs} ms after Telegram took it (at-least-once: the Bot API has no idempotency key)` : ''}${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0 || repeats > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}

/**
 * A reply Telegram took just before its worker was killed, and before the worker could record it as delivered,
 * is sent again by the next worker: the one repeat at-least-once delivery allows. Only a repeat whose first copy
 * reached Telegram within `repeatWindowMs` before a kill counts as such; any other second copy is a duplicate.
 */
const repeatWindowMs = 250;

function repeatsAtKill(answers: ReadonlyArray<{ tag: string; at: number }>, killedAt: ReadonlyArray<number>): number {
  const firstAt = new Map<string, number>();
  const copies = new Map<string, number>();
  for (const answer of answers) {
    if (!firstAt.has(answer.tag)) firstAt.set(answer.tag, answer.at);
    copies.set(answer.tag, (copies.get(answer.tag) ?? 0) + 1);
  }
  let repeats = 0;
  for (const [tag, count] of copies) {
    const first = firstAt.get(tag) ?? 0;
    if (count > 1 && killedAt.some((kill) => kill >= first && kill - first <= repeatWindowMs)) repeats += count - 1;
  }
  return repeats;
}
