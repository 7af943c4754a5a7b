/**
 * `finbot worker` processes killed with SIGKILL while model questions stream in, each restarted at once: every
 * question answered once. A kill's recovery is the time until every question outstanding at it was answered;
 * the next kill waits for it, so one kill's runs are not cut again by the next.
 */
import type { FaultRow } from './fault-row.ts';
import { type FinbotChild, sleep, startFaultStack, waitForSettled } from './finbot-stack.ts';
import { type Answer, describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';

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
    const killed: Array<{ name: string; at: number }> = [];
    await sleep(3000);
    for (let k = 0; k < kills; k++) {
      const slot = k % workers.length;
      const victim = workers[slot] as FinbotChild;
      const at = Date.now();
      killed.push({ name: victim.name, at });
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
    const repeats = classifyRepeats(load.answers(), killed);
    const origin = killed[0]?.at ?? 0;
    const killTimes = killed.map((kill) => `${kill.name} +${((kill.at - origin) / 1000).toFixed(2)} s`).join(', ');
    const row: FaultRow = {
      scenario: `worker kill -9 x${kills}`,
      sent: load.asked.length,
      ...figures,
      duplicates: figures.duplicates - repeats.atKill,
      recoveriesMs: recoveries.map((ms) => ms ?? Number.POSITIVE_INFINITY),
      recoveryTargetMs: 15_000,
      note: `2 workers, a model question every 0.4 s; recovery per kill (s): ${recoveries
        .map((ms) => (ms === undefined ? 'never' : (ms / 1000).toFixed(1)))
        .join(
          ' ',
        )}${repeats.atKill > 0 ? `; ${repeats.atKill} reply sent again because the worker that sent it was killed before recording it (at-least-once: the Bot API has no idempotency key)` : ''}${repeats.described.length > 0 ? `; duplicated: ${repeats.described.join(' | ')}; kills: ${killTimes}` : ''}${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0 || repeats.atKill > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}

/**
 * A reply Telegram took from a worker that was then killed before it could record the reply as delivered is sent
 * again by the next worker: the one repeat at-least-once delivery allows (the Bot API has no idempotency key, and
 * the alternative would lose the answer). Only such a repeat counts as one — its first copy came from a worker
 * killed after sending it, every later copy came after that kill; any other second copy is a duplicate, and is
 * described for the report.
 */
/** How long a request sent just before its worker's kill may take to be recorded by the fake Telegram. */
const inFlightMs = 1000;

export function classifyRepeats(
  answers: ReadonlyArray<Answer>,
  kills: ReadonlyArray<{ name: string; at: number }>,
): { atKill: number; described: string[] } {
  const copiesByTag = new Map<string, Answer[]>();
  for (const answer of answers) copiesByTag.set(answer.tag, [...(copiesByTag.get(answer.tag) ?? []), answer]);
  let atKill = 0;
  const described: string[] = [];
  for (const [tag, copies] of copiesByTag) {
    if (copies.length < 2) continue;
    const [first, ...later] = [...copies].sort((a, b) => a.at - b.at) as [Answer, ...Answer[]];
    // The fake records a call when it has answered it, which can fall just after the kill of its sender.
    const kill = kills.find((k) => k.name === first.via && k.at >= first.at - inFlightMs);
    if (kill && later.every((copy) => copy.at >= kill.at - inFlightMs && copy.via !== first.via)) {
      atKill += later.length;
      continue;
    }
    const origin = kills[0]?.at ?? first.at;
    described.push(
      `q${tag} sent by ${copies.map((copy) => `${copy.via} at +${((copy.at - origin) / 1000).toFixed(2)} s`).join(', ')}`,
    );
  }
  return { atKill, described };
}
