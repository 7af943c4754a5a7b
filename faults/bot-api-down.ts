/**
 * The Bot API stops answering (connections hang) while questions stream in; `serve` gets SIGTERM during the
 * outage and must still exit within its shutdown deadline (code 1 when replies it could not send stayed queued). The Bot API comes back, `serve` is
 * started again, and every answer computed meanwhile reaches its user once.
 */
import type { FaultRow } from './fault-row.ts';
import { sleep, startFaultStack } from './finbot-stack.ts';
import { describeMissing, questionLoad, recoveredAfter, slowSummaryModel } from './question-load.ts';

const shutdownTimeoutSeconds = 10;

export async function botApiDownThenSigterm(): Promise<FaultRow> {
  const stack = await startFaultStack('bot-api-down', { modelFallback: slowSummaryModel(300), relayTelegram: true });
  let failed = true;
  try {
    const env = { RUN_WORKERS: 'true', SHUTDOWN_TIMEOUT_SECONDS: String(shutdownTimeoutSeconds) };
    const serve = await stack.finbot('serve', 'serve', env);
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 300);
    await sleep(3000);
    const downAt = Date.now();
    stack.telegramRelay?.set('hang');
    await sleep(4000);
    const stoppedAt = Date.now();
    serve.child.kill('SIGTERM');
    const exit = await serve.exited;
    const exitMs = Date.now() - stoppedAt;
    stack.telegramRelay?.set('up');
    const backAt = Date.now();
    const askedByThen = [...load.asked];
    await stack.finbot('serve', 'serve-restarted', env);
    await sleep(2000);
    await asking.stop();
    await load.settle(45_000);
    const missing = await describeMissing(stack, load);
    const duplicated = load.describeDuplicates(downAt);
    const recovery = recoveredAfter(load, backAt, askedByThen);
    const problems: string[] = [];
    // 0 when everything in hand was sent; 1 when the deadline cut the drain and the rest stayed queued (README).
    if (exit.code !== 0 && exit.code !== 1) problems.push(`serve exited ${exit.code ?? exit.signal} on SIGTERM`);
    // The deadline plus the time a loaded machine needs to close connections and exit.
    if (exitMs > (shutdownTimeoutSeconds + 3) * 1000) problems.push(`serve took ${exitMs} ms to exit`);
    const row: FaultRow = {
      scenario: 'Bot API down, SIGTERM, restart',
      sent: load.asked.length,
      ...load.figures(),
      recoveryMs: recovery ?? Number.POSITIVE_INFINITY,
      note: `serve exited ${exit.code ?? exit.signal} ${(exitMs / 1000).toFixed(1)} s after SIGTERM (deadline ${shutdownTimeoutSeconds} s); down at 0 s, SIGTERM at ${((stoppedAt - downAt) / 1000).toFixed(2)} s, back at ${((backAt - downAt) / 1000).toFixed(2)} s${duplicated ? `; duplicated: ${duplicated}` : ''}${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
      ...(problems.length > 0 ? { problems } : {}),
    };
    failed = row.lost > 0 || row.duplicates > 0 || problems.length > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}
