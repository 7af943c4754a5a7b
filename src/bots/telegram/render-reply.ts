/** Turns a core reply into Telegram messages: HTML-escaped text (split when long) and an inline keyboard (with the dashboard's Mini App button when the reply has one). */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Reply, ReplyButton } from '../../core/service/inbound-message.ts';
import { encodeButton } from './callback-data.ts';
import { escapeHtml } from './escape-html.ts';
import { splitText } from './split-text.ts';

export interface TelegramMessage {
  /** HTML for `parse_mode: 'HTML'`. */
  readonly html: string;
  readonly keyboard?: InlineKeyboardMarkup;
}

export interface RenderOptions {
  /** Button rows; by default the reply's buttons, up to three in a row. */
  readonly rows?: ReadonlyArray<ReadonlyArray<ReplyButton>>;
}

/**
 * One message per piece of text, the keyboard on the last. A button whose command does not fit in
 * callback data becomes a line telling the user what to type instead.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const rows = options.rows ?? chunk(reply.buttons, 3);
  // The dashboard's Mini App button opens the page inside Telegram, signed in by Telegram's initData.
  const keyboard: InlineKeyboardButton[][] = reply.webApp
    ? [[{ text: reply.webApp.label, web_app: { url: reply.webApp.url } }]]
    : [];
  const typeInstead: string[] = [];
  for (const row of rows) {
    const buttons: InlineKeyboardButton[] = [];
    for (const button of row) {
      const data = encodeButton({ command: button.command, after: buttonEffect(button.command) });
      if (data) buttons.push({ text: button.label, callback_data: data });
      else typeInstead.push(`${button.label}: send "${button.command}"`);
    }
    if (buttons.length > 0) keyboard.push(buttons);
  }
  const text = [reply.text, ...typeInstead].join('\n');
  const pieces = splitText(text.trim() === '' ? '…' : text);
  return pieces.map((piece, index) => ({
    html: escapeHtml(piece),
    ...(index === pieces.length - 1 && keyboard.length > 0 ? { keyboard: { inline_keyboard: keyboard } } : {}),
  }));
}

/** Buttons that remove an expense or answer a proposal rewrite the message they sit on (no second tap). */
export function buttonEffect(command: string): 'edit' | 'reply' {
  return /^(?:undo\s+#\d+|(?:confirm|cancel)\s+proposal\s+\d+)$/i.test(command.trim()) ? 'edit' : 'reply';
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
