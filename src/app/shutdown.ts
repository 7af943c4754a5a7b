/** Graceful shutdown: steps in order, all within one deadline, so a SIGTERM always ends the process in time. */
import type { Logger } from '../infra/logger.ts';

export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

/** Resolves with the first of SIGTERM and SIGINT. */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/**
 * Runs `steps` one after another (a failing step is logged and the next runs). Resolves true when all are
 * done within `deadlineMs`, false as soon as the deadline passes (the step still running is named in the log).
 */
export async function shutdownInOrder(
  steps: ReadonlyArray<ShutdownStep>,
  deadlineMs: number,
  log: Logger,
): Promise<boolean> {
  let current = '';
  const sequence = (async () => {
    for (const step of steps) {
      current = step.name;
      await step.run().catch((error: unknown) => log.error({ err: error, step: step.name }, 'shutdown step failed'));
    }
    return true;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
  });
  const finished = await Promise.race([sequence, deadline]);
  clearTimeout(timer);
  if (!finished) {
    log.warn(
      { step: current, deadlineSeconds: deadlineMs / 1000 },
      'shutdown deadline passed; work not finished stays queued for the next start',
    );
  }
  return finished;
}
