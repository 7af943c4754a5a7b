/** The digest on demand ("/digest now"): this week so far, as text. */
import type { Platform } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';
import { isoWeekOf, localToday } from '../time/period.ts';
import { buildDigest } from './build-digest.ts';
import { renderDigestText } from './render-digest-text.ts';

export async function digestNowText(
  store: LedgerStore,
  clock: Clock,
  platform: Platform,
  platformUserId: string,
): Promise<string> {
  const user = await store.findUser(platform, platformUserId);
  if (!user) return 'Nothing recorded yet. Add an expense like "250 groceries" first.';
  const week = isoWeekOf(localToday(clock, user.timeZone));
  return renderDigestText(await buildDigest(store, user, week), user);
}
