/** A Redis of a test's own on a free port, to kill and restart empty without touching the shared one. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { isRedisReachable } from '../../src/infra/redis-connection.ts';
import { freePort, waitUntil } from './finbot-process.ts';

export interface RedisServerProcess {
  readonly url: string;
  readonly port: number;
  /** Kills it (SIGKILL: nothing is saved) and starts a new, empty one on the same port. */
  restartEmpty(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open and every command waits, until `resume()`. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServerProcess> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await waitUntil(() => isRedisReachable(url, 200), 10_000);
  };
  const kill = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url,
    port,
    async restartEmpty() {
      await kill();
      await launch();
    },
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    stop: kill,
  };
}
