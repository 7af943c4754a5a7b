/**
 * A user who writes again has unblocked the bot, so their digests resume. The reset wraps the core's handler
 * and runs on the connection (and thread) that commits the messages, after each new one.
 */
import type { Kysely } from 'kysely';
import type { MessageHandler } from '../core/service/handle-message.ts';
import type { Logger } from '../infra/logger.ts';
import type { Database } from '../storage/database.ts';
import { clearUnreachableOnMessage } from '../storage/digest-recipient-repository.ts';

export function resumingDigests(
  handle: MessageHandler,
  db: Kysely<Database>,
  log: Pick<Logger, 'warn'>,
): MessageHandler {
  return async (message) => {
    const reply = await handle(message);
    if (!reply.repeated) {
      // The message is stored and answered; a failed reset only waits for the user's next message.
      await clearUnreachableOnMessage(db, message.platform, message.platformUserId).catch((error) =>
        log.warn({ err: error }, 'could not mark the user reachable for digests'),
      );
    }
    return reply;
  };
}
