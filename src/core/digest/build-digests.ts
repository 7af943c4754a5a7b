/** Builds the digests of many users for one week with a few grouped queries per page instead of four per user. */
import type { User } from '../domain/user.ts';
import { assembleDigest, type DigestInputs } from './assemble-digest.ts';
import type { DigestInputsSource } from './digest-inputs-source.ts';
import { digestWeek } from './digest-week.ts';
import type { WeeklyDigest } from './weekly-digest.ts';

const empty: DigestInputs = { categories: [], previousCategories: [], days: [], largest: [] };

/** The same digests buildDigest makes one by one, in the order of `users`. */
export async function buildDigests(
  source: DigestInputsSource,
  users: ReadonlyArray<User>,
  week: string,
  pageSize = 500,
): Promise<WeeklyDigest[]> {
  const periods = digestWeek(week);
  const digests: WeeklyDigest[] = [];
  for (let start = 0; start < users.length; start += pageSize) {
    const page = users.slice(start, start + pageSize);
    const inputs = await source.digestInputs(
      page.map((user) => user.id),
      periods,
    );
    for (const user of page) digests.push(assembleDigest(user.id, periods, inputs.get(user.id) ?? empty));
  }
  return digests;
}
