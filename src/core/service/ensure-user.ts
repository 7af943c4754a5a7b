/** Finds the sender's user row or creates it with the defaults (and the platform's zone hint). */
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { isValidTimeZone } from '../time/period.ts';
import type { CoreSettings } from './core-deps.ts';
import type { InboundMessage } from './inbound-message.ts';

export async function ensureUser(
  store: LedgerStore,
  settings: CoreSettings,
  message: Pick<InboundMessage, 'platform' | 'platformUserId' | 'displayName' | 'timeZoneHint'>,
): Promise<User> {
  const existing = await store.findUser(message.platform, message.platformUserId);
  if (existing) return existing;
  const hint = message.timeZoneHint;
  try {
    return await store.createUser({
      ...settings.defaults,
      ...(hint && isValidTimeZone(hint) ? { timeZone: hint } : {}),
      platform: message.platform,
      platformUserId: message.platformUserId,
      displayName: message.displayName,
    });
  } catch (error) {
    // Two first messages at once: the other one created the row; use it.
    const created = await store.findUser(message.platform, message.platformUserId);
    if (created) return created;
    throw error;
  }
}
