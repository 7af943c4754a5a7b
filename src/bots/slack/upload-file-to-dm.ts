/**
 * A requested file in the user's Slack DM, by Slack's upload flow (files.getUploadURLExternal, the upload, then
 * files.completeUploadExternal with the DM's channel_id), with the caption as its comment.
 */

import { DeliveryError } from '../../core/ports/delivery-error.ts';
import type { FileRecipient } from '../../core/ports/file-sender.ts';
import type { ReportFile } from '../../core/reports/report-file.ts';
import { webApiCall } from './slack-delivery-error.ts';
import { escapeSlackText } from './slack-text.ts';
import type { SlackWebClient } from './slack-web-client.ts';

export async function uploadFileToDm(
  client: SlackWebClient,
  recipient: FileRecipient,
  file: ReportFile,
  caption: string,
): Promise<void> {
  // "T0123:U0456": the DM is opened with the user id.
  const userId = recipient.platformUserId.split(':').pop() ?? recipient.platformUserId;
  const opened = await webApiCall('conversations.open', () => client.conversations.open({ users: userId }));
  const channel = opened.channel?.id;
  if (!channel) throw new DeliveryError('transient', 'Slack conversations.open returned no channel');
  await webApiCall('files.uploadV2', () =>
    client.filesUploadV2({
      channel_id: channel,
      file: Buffer.from(file.bytes),
      filename: file.fileName,
      title: file.fileName,
      initial_comment: escapeSlackText(caption),
    }),
  );
}
