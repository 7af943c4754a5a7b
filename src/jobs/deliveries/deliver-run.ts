/** Sends a finished run's reply through its platform's sender, once: a delivered run is never sent again. */
import type { Platform } from '../../core/domain/user.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { ReplySender } from '../../core/ports/reply-sender.ts';
import type { ReplyKind } from '../../core/service/inbound-message.ts';
import type { Clock } from '../../core/time/clock.ts';

export type SenderRegistry = Partial<Record<Platform, ReplySender>>;

/** This process has no sender for the reply's platform (yet): the delivery waits, it does not fail. */
export class NoSenderError extends Error {
  override name = 'NoSenderError';
  readonly platform: string;
  constructor(platform: string) {
    super(`no sender for platform ${platform}`);
    this.platform = platform;
  }
}

export async function deliverRun(
  store: LedgerStore,
  senders: SenderRegistry,
  clock: Clock,
  runId: number,
): Promise<'sent' | 'skipped'> {
  const run = await store.findRun(runId);
  if (!run || run.deliveredAt || run.reply === null) return 'skipped';
  if (run.replyTarget) {
    const sender = senders[run.replyTarget.platform];
    if (!sender) throw new NoSenderError(run.replyTarget.platform);
    await sender.send(run.replyTarget, {
      kind: (run.replyKind ?? 'answer') as ReplyKind,
      text: run.reply,
      buttons: run.replyButtons,
    });
  }
  await markDeliveredOnce(store, run.id, clock.now().toISOString());
  return run.replyTarget ? 'sent' : 'skipped';
}

/**
 * Once the platform took the reply, recording it is all that is left; a failure here (the database out of reach)
 * must not fail the job, whose retry would send the reply again. The mark is idempotent, so it is tried until it
 * lands, for up to about a minute.
 */
async function markDeliveredOnce(store: LedgerStore, runId: number, at: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await store.markDelivered(runId, at);
      return;
    } catch (error) {
      if (attempt >= markRetries) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(8000, 250 * 2 ** attempt)));
    }
  }
}

const markRetries = 10;
