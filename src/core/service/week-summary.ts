/**
 * This week's totals for a glance (Slack's App Home tab), in the same words as "week". It reads only: nothing is
 * stored, and the conversation (what a follow-up refers to) stays as it was.
 */
import type { Platform } from '../domain/user.ts';
import { localToday, resolvePeriod } from '../time/period.ts';
import { answerQuestion } from './commands/answer-summary.ts';
import type { CoreDeps } from './core-deps.ts';

/** The summary text; null for someone who has never written to finbot. */
export async function weekSummary(
  deps: Pick<CoreDeps, 'store' | 'clock'>,
  platform: Platform,
  platformUserId: string,
): Promise<string | null> {
  const user = await deps.store.findUser(platform, platformUserId);
  if (!user) return null;
  const today = localToday(deps.clock, user.timeZone);
  return answerQuestion(
    { store: deps.store, user, today },
    {
      measure: { kind: 'total' },
      period: resolvePeriod({ kind: 'this_week' }, today, user.weekStart),
      category: null,
      currency: null,
      versus: null,
    },
  );
}
