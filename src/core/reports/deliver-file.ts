/**
 * Makes one requested file and sends it through the user's platform, once: a delivery marked sent is never sent
 * again. The file is built from SQL at send time, so a retry sends the same numbers unless the user changed them.
 */
import type { Platform, User } from '../domain/user.ts';
import type { FileSender } from '../ports/file-sender.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { ReportRenderer } from '../ports/report-renderer.ts';
import type { Clock } from '../time/clock.ts';
import { readExpenseExport } from './build-expense-export.ts';
import { buildMonthReport } from './build-month-report.ts';
import { describeFileRequest, type FileRequest } from './file-request.ts';
import type { ReportFile } from './report-file.ts';

export type FileSenders = Partial<Record<Platform, FileSender>>;

export interface DeliverFileDeps {
  readonly store: LedgerStore;
  readonly renderer: ReportRenderer;
  readonly senders: FileSenders;
  readonly clock: Clock;
}

/** This process has no file sender for the user's platform (yet): the delivery waits, it does not fail. */
export class NoFileSenderError extends Error {
  override name = 'NoFileSenderError';
  readonly platform: string;
  constructor(platform: string) {
    super(`no file sender for platform ${platform}`);
    this.platform = platform;
  }
}

/** Throws on a failure (a DeliveryError from the sender, NoFileSenderError, a store error); the caller retries. */
export async function deliverFile(deps: DeliverFileDeps, id: number): Promise<'sent' | 'skipped'> {
  const delivery = await deps.store.findFileDelivery(id);
  if (!delivery || delivery.deliveredAt || delivery.refusedReason) return 'skipped';
  const user = await deps.store.findUserById(delivery.userId);
  if (!user) return 'skipped';
  const sender = deps.senders[user.platform];
  if (!sender) throw new NoFileSenderError(user.platform);
  const file = await buildRequestedFile(deps, user, delivery.request);
  await sender.send(
    {
      userId: user.id,
      platform: user.platform,
      platformUserId: user.platformUserId,
      replyTarget: delivery.replyTarget,
    },
    file,
    captionOf(delivery.request),
  );
  await deps.store.markFileDelivered(id, deps.clock.now().toISOString());
  return 'sent';
}

/** The file a request names, built from the store now. */
export async function buildRequestedFile(
  deps: Pick<DeliverFileDeps, 'store' | 'renderer' | 'clock'>,
  user: User,
  request: FileRequest,
): Promise<ReportFile> {
  if (request.kind === 'export') {
    return deps.renderer.expenses(await readExpenseExport(deps.store, user, request.period), request.format);
  }
  const report = await buildMonthReport(deps.store, user, request.month, deps.clock.now().toISOString());
  return deps.renderer.monthReport(report, request.format);
}

function captionOf(request: FileRequest): string {
  const what = describeFileRequest(request);
  return `Here is ${what}.`;
}
