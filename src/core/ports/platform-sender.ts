/** What one platform's sender offers: later replies, weekly digests and requested files, over the platform's one client. */
import type { DigestSender } from '../digest/digest-sender.ts';
import type { FileSender } from './file-sender.ts';
import type { ReplySender } from './reply-sender.ts';

export interface PlatformSender {
  readonly replies: ReplySender;
  readonly digests: DigestSender;
  readonly files: FileSender;
}
