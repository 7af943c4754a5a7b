/**
 * The model fails three calls in ten (a server error) while questions stream in: finbot retries, and every
 * question is still answered once with the model's answer — not an apology, not twice.
 */
import type { FakeTurn, ResponsesRequestBody } from '../test/support/fake-openai-server.ts';
import type { FaultRow } from './fault-row.ts';
import { sleep, startFaultStack } from './finbot-stack.ts';
import { describeMissing, questionLoad, slowSummaryModel } from './question-load.ts';

export async function modelFailures(failureRate: number): Promise<FaultRow> {
  const answer = slowSummaryModel(300);
  let calls = 0;
  let failures = 0;
  const flaky = (body: ResponsesRequestBody): FakeTurn => {
    calls += 1;
    if (Math.random() < failureRate) {
      failures += 1;
      return { type: 'failed', code: 'server_error' };
    }
    return answer(body);
  };
  const stack = await startFaultStack('model-failures', { modelFallback: flaky });
  let failed = true;
  try {
    await stack.finbot('serve', 'serve', { RUN_WORKERS: 'true' });
    const load = questionLoad(stack);
    const asking = load.askUntilStopped(1, 250);
    await sleep(8000);
    await asking.stop();
    await load.settle();
    const missing = await describeMissing(stack, load);
    const row: FaultRow = {
      scenario: `model failing ${Math.round(failureRate * 100)} %`,
      sent: load.asked.length,
      ...load.figures(),
      note: `${failures} of ${calls} model calls failed${missing ? `; unanswered: ${missing}` : ''}`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}
