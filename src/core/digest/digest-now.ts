/** The digest on demand ("/digest now"): this week so far, as text, with the chart when a renderer is given. */
import type { Platform } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';
import { isoWeekOf, localToday } from '../time/period.ts';
import { buildDigest } from './build-digest.ts';
import type { DigestChartRenderer } from './digest-chart-renderer.ts';
import type { DigestMessage } from './digest-sender.ts';
import { renderDigestText } from './render-digest-text.ts';

export interface DigestNowDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  /** Without it (or when it fails) the digest is text only. */
  readonly chart?: DigestChartRenderer;
  readonly onChartError?: (error: unknown) => void;
}

export async function digestNow(
  deps: DigestNowDeps,
  platform: Platform,
  platformUserId: string,
): Promise<DigestMessage> {
  const user = await deps.store.findUser(platform, platformUserId);
  if (!user) return { text: 'Nothing recorded yet. Add an expense like "250 groceries" first.' };
  const week = isoWeekOf(localToday(deps.clock, user.timeZone));
  const digest = await buildDigest(deps.store, user, week);
  const text = renderDigestText(digest, user);
  if (!deps.chart) return { text };
  try {
    const chart = await deps.chart.render(digest, user);
    return chart ? { text, chart } : { text };
  } catch (error) {
    // The numbers matter more than the picture: send them without it.
    deps.onChartError?.(error);
    return { text };
  }
}
