/**
 * This week's totals for the App Home tab, in the core's own words, read without the chat handler: opening the
 * tab stores nothing and leaves the conversation (and what follow-up questions refer to) as it was.
 */
import { answerSummary } from '../../core/service/commands/answer-summary.ts';
import type { CoreDeps } from '../../core/service/core-deps.ts';
import { localToday } from '../../core/time/period.ts';
import type { WeekSummaryProvider } from './slack-handler-deps.ts';

export function createWeekSummary(deps: CoreDeps): WeekSummaryProvider {
  return async (platformUserId) => {
    const user = await deps.store.findUser('slack', platformUserId);
    if (!user) return null;
    const { reply } = await answerSummary(
      {
        store: deps.store,
        settings: deps.settings,
        user,
        // Not a follow-up, so the thread's context is never read; nothing is written.
        thread: { id: 0, userId: user.id, context: {} },
        today: localToday(deps.clock, user.timeZone),
        now: deps.clock.now().toISOString(),
        messageKey: 'slack:home',
      },
      { kind: 'summary', period: null, category: null, followUp: false },
    );
    return reply.text;
  };
}
