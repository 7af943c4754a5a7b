/** `finbot digest`: wires the operator command to the database and, unless a dry run, the digest queues. */
import { digestCommand } from '../cli/digest-command.ts';
import { createRedisConnection } from '../infra/redis-connection.ts';
import { deploymentPrefix } from '../jobs/deployment-scope.ts';
import { createDigestProducer } from '../jobs/digest/digest-producer.ts';
import type { App } from './app-parts.ts';

export async function runDigestCommand(
  app: App,
  options: { week: string; user?: string; dryRun: boolean },
): Promise<string> {
  const deps = { store: app.store };
  if (options.dryRun) return digestCommand(deps, options);
  const connection = createRedisConnection(app.config.REDIS_URL, 'producer');
  const deploymentId = await app.store.deploymentId();
  const producer = createDigestProducer(
    connection,
    deploymentPrefix(app.config.QUEUE_PREFIX, deploymentId),
    deploymentId,
  );
  try {
    return await digestCommand({ ...deps, producer }, options);
  } finally {
    await producer.close();
    connection.disconnect();
  }
}
