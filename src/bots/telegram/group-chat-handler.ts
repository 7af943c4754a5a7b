/** Groups see nothing of anyone's spending: /help there says to use a private chat; the rest is ignored. */
import { Composer, type Context } from 'grammy';
import type { Logger } from '../../infra/logger.ts';
import { groupHelpText } from './adapter-texts.ts';
import { escapeHtml } from './escape-html.ts';

export function createGroupChatHandler(log: Logger): Composer<Context> {
  const group = new Composer<Context>();
  group.command('help', async (ctx) => {
    const message = ctx.message;
    if (!message) return;
    await ctx.api.sendMessage(message.chat.id, escapeHtml(groupHelpText), {
      parse_mode: 'HTML',
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
  });
  // No buttons are ever sent to a group; a tap on some other bot's copy just stops the spinner.
  group.on('callback_query', (ctx) =>
    ctx.answerCallbackQuery().catch((error: unknown) => log.debug({ err: error }, 'callback query not answered')),
  );
  return group;
}
