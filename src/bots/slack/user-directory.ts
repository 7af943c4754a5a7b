/** Slack profiles (time zone, display name) from users.info, cached, and never slower than a short budget. */
import type { Logger } from '../../infra/logger.ts';
import type { SlackWebClient } from './slack-web-client.ts';

export interface SlackProfile {
  /** IANA zone from the user's Slack settings, e.g. "Asia/Kolkata". */
  readonly timeZone?: string;
  readonly displayName?: string;
}

export interface UserDirectory {
  /** Resolves within the budget: a late or failed lookup gives `{}` now and fills the cache for next time. */
  lookup(teamId: string, userId: string): Promise<SlackProfile>;
}

export interface UserDirectoryOptions {
  readonly client: Pick<SlackWebClient, 'users'>;
  readonly log: Logger;
  /** How long a message waits for users.info before going on without it. */
  readonly budgetMs?: number;
  /** How long a failed lookup is remembered before asking again. */
  readonly failureTtlMs?: number;
  readonly maxEntries?: number;
}

export function createUserDirectory(options: UserDirectoryOptions): UserDirectory {
  const budgetMs = options.budgetMs ?? 700;
  const failureTtlMs = options.failureTtlMs ?? 5 * 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  // Holding the promise makes concurrent first messages of one user share a single users.info call.
  const cache = new Map<string, { profile: Promise<SlackProfile>; failedAt?: number }>();

  function fetchProfile(key: string, userId: string): Promise<SlackProfile> {
    const entry: { profile: Promise<SlackProfile>; failedAt?: number } = {
      profile: options.client.users.info({ user: userId }).then(
        (result) => {
          const user = result.user;
          const displayName = user?.profile?.display_name || user?.real_name || user?.name;
          return { ...(user?.tz ? { timeZone: user.tz } : {}), ...(displayName ? { displayName } : {}) };
        },
        (error: unknown) => {
          entry.failedAt = Date.now();
          options.log.warn({ err: error }, 'users.info failed; going on without the time zone');
          return {};
        },
      ),
    };
    if (cache.size >= maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(key, entry);
    return entry.profile;
  }

  return {
    lookup(teamId, userId) {
      const key = `${teamId}:${userId}`;
      const cached = cache.get(key);
      const fresh = cached && (cached.failedAt === undefined || Date.now() - cached.failedAt < failureTtlMs);
      const profile = fresh ? cached.profile : fetchProfile(key, userId);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<SlackProfile>((resolve) => {
        timer = setTimeout(() => resolve({}), budgetMs);
      });
      return Promise.race([profile, late]).finally(() => clearTimeout(timer));
    },
  };
}
