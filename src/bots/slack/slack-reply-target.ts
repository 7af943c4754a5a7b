/**
 * Slack reply targets: where a reply that is not the ack goes. Address keys:
 * - `responseUrl`: a command's or button's response_url (30 minutes, 5 uses); with `replaceOriginal: "true"` the
 *   message the button was on is replaced; `userId`: whom to DM instead once the URL has expired.
 * - `channel` (+ `threadTs`): chat.postMessage into a conversation; `channel` + `ts`: chat.update of that message.
 */
import type { ReplyTarget } from '../../core/domain/reply-target.ts';

/** Where the later answer to a slash command goes: its response_url, or a DM to the user once that expired. */
export function commandReplyTarget(responseUrl: string, userId: string): ReplyTarget {
  return { platform: 'slack', address: { responseUrl, userId } };
}

/** A DM (or any conversation) the bot posts into, optionally in a thread. */
export function conversationReplyTarget(channel: string, threadTs?: string): ReplyTarget {
  return { platform: 'slack', address: threadTs ? { channel, threadTs } : { channel } };
}

/** Replaces the message a button was on, through the action's response_url. */
export function replaceOriginalTarget(responseUrl: string): ReplyTarget {
  return { platform: 'slack', address: { responseUrl, replaceOriginal: 'true' } };
}

/** The user's DM with the app, from their "TEAM:USER" id: chat.postMessage to a user id posts there. */
export function directMessageTarget(platformUserId: string): ReplyTarget {
  return conversationReplyTarget(platformUserId.split(':').pop() ?? platformUserId);
}
