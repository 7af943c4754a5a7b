/** finbot as a separate process, configured only by environment variables, and helpers for driving it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface FinbotProcess {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** `npm start` (or another command) as a user runs it: a separate process configured only by environment variables. */
export async function startFinbot(env: Record<string, string>, command = 'start'): Promise<FinbotProcess> {
  const child = spawn(process.execPath, ['src/main.ts', command], {
    env: { ...process.env, LOG_LEVEL: process.env.FINBOT_TEST_LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
