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
  await store.markDelivered(run.id, clock.now().toISOString());
  return run.replyTarget ? 'sent' : 'skipped';
}
