/**
 * SIGTERM of `serve` (running its own workers) or of a `worker`, mid-load, then the same command started again:
 * every question asked before, during and after is answered once.
 */
import type { FaultRow } from './fault-row.ts';
import { type FinbotChild, sleep, startFaultStack } from './finbot-stack.ts';
import { describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';

export async function sigtermRestart(layout: 'serve' | 'worker'): Promise<FaultRow> {
  const stack = await startFaultStack(`sigterm-${layout}`, { modelFallback: slowSummaryModel(700) });
  let failed = true;
  try {
    const serve = await stack.finbot('serve', 'serve', { RUN_WORKERS: layout === 'serve' ? 'true' : 'false' });
    const worker = layout === 'worker' ? await stack.finbot('worker', 'worker') : undefined;
    const victim = (worker ?? serve) as FinbotChild;
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 250);
    await sleep(3000);
    const at = Date.now();
    const outstanding = load.outstanding();
    victim.child.kill('SIGTERM');
    const exit = await victim.exited;
    const exitMs = Date.now() - at;
    await stack.finbot(layout, `${layout}-restarted`, layout === 'serve' ? { RUN_WORKERS: 'true' } : {});
    await sleep(3000);
    await asking.stop();
    await load.settle();
    const missing = await describeMissing(stack, load);
    const recovery = recoveredAfter(load, at, outstanding);
    const row: FaultRow = {
      scenario: `SIGTERM ${layout} mid-load, restart`,
      sent: load.asked.length,
      ...load.figures(),
      recoveryMs: recovery ?? Number.POSITIVE_INFINITY,
      note: `${outstanding.length} questions in hand at SIGTERM; exit code ${exit.code ?? exit.signal} after ${(exitMs / 1000).toFixed(1)} s${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0 || exit.code !== 0;
    return exit.code === 0 ? row : { ...row, problems: [`${layout} exited ${exit.code ?? exit.signal} on SIGTERM`] };
  } finally {
    await stack.close({ keepLogs: failed });
  }
}
