/**
 * A tapped inline button in a private chat. Its command goes to the core under the update's key; an Undo, Confirm
 * or Cancel then rewrites the message it sat on, other buttons answer with a new message.
 */
import type { Api, Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../core/service/inbound-message.ts';
import { failureText, staleButtonText } from './adapter-texts.ts';
import { askCore } from './ask-core.ts';
import { decodeButton } from './callback-data.ts';
import { renderReply } from './render-reply.ts';
import { sendReply } from './send-reply.ts';
import type { TelegramHandlerDeps } from './telegram-handler-deps.ts';

/** Telegram shows at most 200 characters in a callback answer. */
const toastLimit = 200;

export function createButtonTapHandler(deps: TelegramHandlerDeps): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const query = ctx.callbackQuery;
    if (!query) return;
    const message = query.message;
    const chatId = message?.chat.id ?? query.from.id;
    const toast = (text?: string, alert = false) =>
      ctx
        .answerCallbackQuery(text ? { text: text.slice(0, toastLimit), show_alert: alert } : undefined)
        .catch((error: unknown) => deps.log.debug({ err: error }, 'callback query could not be answered'));

    const action = decodeButton(query.data ?? '');
    if (!action) {
      await toast(staleButtonText, true);
      return;
    }
    const reply = await askCore(deps.handleMessage, deps.log, {
      updateId: ctx.update.update_id,
      from: query.from,
      chatId,
      messageId: message?.message_id,
      text: action.command,
    });
    if (!reply) {
      await toast(failureText, true);
      return;
    }
    if (reply.repeated) {
      await toast();
      return;
    }
    if (action.after === 'edit' && message) {
      await toast(reply.text);
      await editWithReply(ctx.api, chatId, message.message_id, reply);
      return;
    }
    await toast();
    await sendReply(ctx.api, chatId, reply, { typing: deps.typing });
  };
}

/** Puts the reply in place of the tapped message (a message too old to edit gets a new one instead). */
async function editWithReply(api: Api, chatId: number, messageId: number, reply: Reply): Promise<void> {
  const [first, ...rest] = renderReply(reply);
  if (!first) return;
  await editOrSend(api, chatId, messageId, first.html, first.keyboard);
  for (const piece of rest) {
    await api.sendMessage(chatId, piece.html, {
      parse_mode: 'HTML',
      ...(piece.keyboard ? { reply_markup: piece.keyboard } : {}),
    });
  }
}

async function editOrSend(
  api: Api,
  chatId: number,
  messageId: number,
  html: string,
  keyboard?: InlineKeyboardMarkup,
): Promise<void> {
  try {
    await api.editMessageText(chatId, messageId, html, {
      parse_mode: 'HTML',
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  } catch (error) {
    const description = (error as { description?: string }).description ?? '';
    if (/message is not modified/.test(description)) return;
    if (!/message (to edit not found|can't be edited)/.test(description)) throw error;
    await api.sendMessage(chatId, html, { parse_mode: 'HTML', ...(keyboard ? { reply_markup: keyboard } : {}) });
  }
}
