import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import { freePort, startFinbot, waitUntil } from '../support/finbot-process.ts';
import { startRedisServer } from '../support/redis-server-process.ts';

test('after Redis restarts empty, the run sweep, the digest tick and the recurring tick are registered again and /readyz checks them', async () => {
  const redis = await startRedisServer();
  const dir = mkdtempSync(join(tmpdir(), 'finbot-redis-restart-'));
  const port = await freePort();
  const finbot = await startFinbot(
    {
      DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
      REDIS_URL: redis.url,
      PORT: String(port),
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'http://127.0.0.1:1/v1',
      FINBOT_NOW: '',
      HANDLER_THREAD: 'false',
    },
    'serve',
  );
  const readiness = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    return response ? ((await response.json()) as { checks: Record<string, string> }) : undefined;
  };
  const schedulerKeys = async () => {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    try {
      const keys = await client.keys('*');
      return ['runs-sweep', 'digest-tick', 'recurring-tick'].filter((id) => keys.some((key) => key.includes(id)));
    } finally {
      client.disconnect();
    }
  };
  try {
    await waitUntil(async () => (await readiness())?.checks.schedulers === 'ok', 30_000);
    assert.deepEqual(await schedulerKeys(), ['runs-sweep', 'digest-tick', 'recurring-tick']);

    await redis.restartEmpty();
    await waitUntil(async () => (await schedulerKeys()).length === 3, 15_000);
    await waitUntil(async () => {
      const checks = (await readiness())?.checks;
      return checks?.schedulers === 'ok' && checks.redis === 'ok';
    }, 15_000);
  } finally {
    await finbot.stop();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
