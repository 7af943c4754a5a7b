/**
 * A message in a private chat: text (slash commands included) goes to the core as it is; the adapter checks only
 * that it is text of a readable length, and renders the reply.
 */
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';
import { type Reply, type ReplyButton, textReply } from '../../core/service/inbound-message.ts';
import { failureText, textOnlyText, tooLongText } from './adapter-texts.ts';
import { askCore } from './ask-core.ts';
import { sendDigestReply } from './send-digest-reply.ts';
import { sendReply } from './send-reply.ts';
import type { TelegramHandlerDeps } from './telegram-handler-deps.ts';
import { settingsButtonRows } from './welcome.ts';

/** Message fields that mean a person sent content (as opposed to a service message such as a pin). */
const contentFields = [
  'sticker',
  'photo',
  'voice',
  'video',
  'video_note',
  'audio',
  'document',
  'animation',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'game',
  'story',
] as const;

export function createPrivateMessageHandler(deps: TelegramHandlerDeps): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const message = ctx.message;
    const from = message?.from ?? ctx.from;
    if (!message || !from) return;
    const chatId = message.chat.id;
    const say = (text: string) => sendReply(ctx.api, chatId, textReply('help', text));

    if (message.text === undefined) {
      if (isContent(message)) await say(textOnlyText);
      return;
    }
    if (message.text.length > deps.maxTextLength) {
      await say(tooLongText(deps.maxTextLength));
      return;
    }
    const reply = await askCore(deps.handleMessage, deps.log, {
      updateId: ctx.update.update_id,
      from,
      chatId,
      messageId: message.message_id,
      text: message.text,
    });
    if (!reply) {
      await say(failureText);
      return;
    }
    // A redelivered update: the reply was sent the first time.
    if (reply.repeated) return;
    if (reply.kind === 'digest') {
      await sendDigestReply(ctx.api, chatId, reply, deps.log);
      return;
    }
    await sendReply(ctx.api, chatId, reply, { typing: deps.typing, ...keyboardFor(reply) });
  };
}

/** The introduction and the settings come with buttons for the usual time zones, currencies and digest times. */
function keyboardFor(reply: Reply): { rows?: ReadonlyArray<ReadonlyArray<ReplyButton>> } {
  if (reply.kind !== 'welcome' && reply.kind !== 'settings') return {};
  return { rows: [...chunk(reply.buttons, 3), ...settingsButtonRows()] };
}

function isContent(message: Message): boolean {
  return contentFields.some((field) => field in message);
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
