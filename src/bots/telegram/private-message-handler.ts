/** A message in a private chat: a slash command, free text for the core, or something it cannot read. */
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';
import { type Reply, textReply } from '../../core/service/inbound-message.ts';
import {
  confirmDeleteText,
  digestNowUnavailableText,
  failureText,
  textOnlyText,
  tooLongText,
  unknownCommandText,
} from './adapter-texts.ts';
import { askCore, type CoreRequest, inboundMessage } from './ask-core.ts';
import { sendDigestNow } from './send-digest-now.ts';
import { sendReply } from './send-reply.ts';
import { type CommandAction, commandAction, splitCommand, textAction } from './telegram-commands.ts';
import type { TelegramHandlerDeps } from './telegram-handler-deps.ts';
import { settingsButtonRows, welcomeText } from './welcome.ts';

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
    const command = splitCommand(message.text);
    const action: CommandAction = command ? commandAction(command.name, command.args) : textAction(message.text);
    const request = (text: string): CoreRequest => ({
      updateId: ctx.update.update_id,
      from,
      chatId,
      messageId: message.message_id,
      text,
    });

    switch (action.kind) {
      case 'usage':
        await say(action.text);
        return;
      case 'confirm_delete':
        await sendReply(
          ctx.api,
          chatId,
          textReply('help', confirmDeleteText(action.number), [
            { label: `Delete #${action.number}`, command: `delete #${action.number}` },
          ]),
          { extraRow: [{ label: 'Cancel', action: { kind: 'cancel' } }] },
        );
        return;
      case 'digest_now': {
        if (!deps.digestNow) {
          await say(digestNowUnavailableText);
          return;
        }
        const digestNow = deps.digestNow;
        await sendDigestNow(ctx.api, chatId, () => digestNow(inboundMessage(request('digest now'))), deps.log);
        return;
      }
      case 'welcome': {
        const reply = await askCore(deps.handleMessage, deps.log, request('settings'));
        await answer(reply && { ...reply, text: `${welcomeText(from.first_name)}\n\n${reply.text}` }, 'settings');
        return;
      }
      case 'core': {
        const reply = await askCore(deps.handleMessage, deps.log, request(action.text));
        const prefix = action.unknownCommand ? `${unknownCommandText(action.unknownCommand)}\n` : '';
        await answer(reply && { ...reply, text: `${prefix}${reply.text}` }, action.keyboard);
        return;
      }
    }

    /** Sends the core's reply; a redelivered update (the reply was sent the first time) sends nothing. */
    async function answer(reply: Reply | undefined, keyboard?: 'settings'): Promise<void> {
      if (!reply) {
        await say(failureText);
        return;
      }
      if (reply.repeated) return;
      const rows = keyboard === 'settings' ? [...chunk(reply.buttons, 3), ...settingsButtonRows()] : undefined;
      await sendReply(ctx.api, chatId, reply, { typing: deps.typing, ...(rows ? { rows } : {}) });
    }
  };
}

function isContent(message: Message): boolean {
  return contentFields.some((field) => field in message);
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
