/** One tick of recurring expenses: record what is due, then send the messages waiting (new and retried). */
import type { Clock } from '../time/clock.ts';
import { type RecordDueDeps, type RecordDueReport, recordDueOccurrences } from './record-due-occurrences.ts';
import { type NoticeDeps, type NoticeReport, sendOccurrenceNotices } from './send-occurrence-notices.ts';

export interface RecurringTickDeps extends RecordDueDeps, Omit<NoticeDeps, 'clock'> {
  /** The business clock (FINBOT_NOW pins it): which days are due. */
  readonly clock: Clock;
  /** The wall clock: message claims and retries. */
  readonly wallClock: Clock;
}

export interface RecurringTickReport extends RecordDueReport {
  readonly notices: NoticeReport;
}

export async function runRecurringTick(deps: RecurringTickDeps): Promise<RecurringTickReport> {
  const recorded = await recordDueOccurrences(deps, deps.clock.now());
  const notices = await sendOccurrenceNotices({ ...deps, clock: deps.wallClock });
  return { ...recorded, notices };
}
