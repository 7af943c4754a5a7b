/** Start-up check that Redis answers, so a wrong REDIS_URL ends the process with one line instead of endless retries. */
import { redisProblem } from '../infra/redis-connection.ts';
import { StartupError } from './startup-error.ts';

export async function requireRedis(url: string, timeoutMs = 3000): Promise<void> {
  const problem = await redisProblem(url, timeoutMs);
  if (problem) throw new StartupError(`REDIS_URL: cannot use Redis at ${withoutPassword(url)}: ${problem}`);
}

/** The URL as it may be logged: a password in it is replaced. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
