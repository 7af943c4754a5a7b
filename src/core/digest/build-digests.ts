/**
 * The one digest builder: a few grouped queries per page of users (not four per user), then pure assembly. A send
 * job passes one user, a fan-out overview a page of them.
 */
import type { User } from '../domain/user.ts';
import type { DigestStore } from '../ports/digest-store.ts';
import { assembleDigest, type DigestInputs } from './assemble-digest.ts';
import { digestWeek } from './digest-week.ts';
import type { WeeklyDigest } from './weekly-digest.ts';

const empty: DigestInputs = { categories: [], previousCategories: [], days: [], largest: [] };

/**
 * The digests of ISO week `week` ("2026-W47", Monday to Sunday) for `users`, in their order: totals, categories
 * against the week before, the three largest expenses and the top day, all from database sums. Throws
 * UnknownWeekError for a malformed week.
 */
export async function buildDigests(
  store: Pick<DigestStore, 'digestInputs'>,
  users: ReadonlyArray<Pick<User, 'id'>>,
  week: string,
  pageSize = 500,
): Promise<WeeklyDigest[]> {
  const periods = digestWeek(week);
  const digests: WeeklyDigest[] = [];
  for (let start = 0; start < users.length; start += pageSize) {
    const page = users.slice(start, start + pageSize);
    const inputs = await store.digestInputs(
      page.map((user) => user.id),
      periods,
    );
    for (const user of page) digests.push(assembleDigest(user.id, periods, inputs.get(user.id) ?? empty));
  }
  return digests;
}

/** One user's digest, through the same builder. */
export async function buildDigest(
  store: Pick<DigestStore, 'digestInputs'>,
  user: Pick<User, 'id'>,
  week: string,
): Promise<WeeklyDigest> {
  const [digest] = await buildDigests(store, [user], week);
  if (!digest) throw new Error(`no digest built for user ${user.id}`);
  return digest;
}
