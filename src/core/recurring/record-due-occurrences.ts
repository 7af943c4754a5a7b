/** The scheduler's first half: pages through the rules that may be due and records every occurrence whose time has come. */
import type { Platform } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { addDays } from '../time/calendar-date.ts';
import type { Clock } from '../time/clock.ts';
import { dueThrough } from './due-through.ts';
import { recordRuleOccurrences } from './record-rule-occurrences.ts';

/** Platforms with no chat to send to unasked: the terminal and the HTTP API; their users see occurrences in "list". */
const unmessagedPlatforms: ReadonlySet<Platform> = new Set(['cli', 'http']);

export interface RecordDueDeps {
  readonly store: LedgerStore;
  /** The wall clock, for when messages may go (default: the `now` given, fine when the business clock is real). */
  readonly wallClock?: Clock;
  readonly pageSize?: number;
  /** A rule that failed to record; the others go on, and the next tick tries it again. */
  readonly onRuleError?: (ruleId: number, error: unknown) => void;
}

export interface RecordDueReport {
  /** Rules looked at (those whose next date is near enough to be due somewhere on Earth). */
  readonly rules: number;
  /** Occurrences recorded by this call. */
  readonly recorded: number;
  readonly failed: number;
}

/**
 * Records what is due at `now`: each occurrence once, dated on its own day, including days missed while finbot
 * was down (a rule further behind than one transaction takes goes on at the next tick). Safe to run in several
 * processes at once.
 */
export async function recordDueOccurrences(deps: RecordDueDeps, now: Date): Promise<RecordDueReport> {
  const pageSize = deps.pageSize ?? 200;
  // No zone is more than 14 hours ahead of UTC: no rule due anywhere has a next date past UTC's tomorrow.
  const horizon = addDays(now.toISOString().slice(0, 10), 1);
  const at = now.toISOString();
  let afterId = 0;
  let rules = 0;
  let recorded = 0;
  let failed = 0;
  for (;;) {
    const page = await deps.store.dueRuleCandidates({ horizon, afterId, limit: pageSize });
    for (const { rule, timeZone, platform } of page) {
      rules += 1;
      const through = dueThrough(now, timeZone);
      if (rule.nextOn > through) continue;
      try {
        const noticeFrom = (deps.wallClock?.now() ?? now).toISOString();
        const notice = unmessagedPlatforms.has(platform) ? 'none' : 'pending';
        recorded += (await recordRuleOccurrences(deps.store, rule, through, at, notice, noticeFrom)).length;
      } catch (error) {
        failed += 1;
        deps.onRuleError?.(rule.id, error);
      }
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    afterId = last.rule.id;
  }
  return { rules, recorded, failed };
}
