/** Resolves a --user argument: "NAME" is a terminal-chat user, "telegram:123" or "slack:T1:U2" a platform user. */
import type { Platform, User } from '../core/domain/user.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';

const platforms: ReadonlyArray<Platform> = ['telegram', 'slack', 'cli', 'http'];

export function parseUserRef(ref: string): { platform: Platform; platformUserId: string } {
  const colon = ref.indexOf(':');
  const prefix = ref.slice(0, colon) as Platform;
  if (colon > 0 && platforms.includes(prefix)) return { platform: prefix, platformUserId: ref.slice(colon + 1) };
  return { platform: 'cli', platformUserId: ref };
}

export async function findCliUser(store: LedgerStore, ref: string): Promise<User> {
  const { platform, platformUserId } = parseUserRef(ref);
  const user = await store.findUser(platform, platformUserId);
  if (!user)
    throw new CliError(
      `No user "${ref}". Chat first ("finbot chat --user ${ref}") or name a platform user like telegram:12345.`,
    );
  return user;
}

/** An error whose message is for the operator, printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
