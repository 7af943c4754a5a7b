/** A core reply as a Slack message: Block Kit sections and buttons, with the same words as plain-text fallback. */
import type { types } from '@slack/bolt';
import type { Reply } from '../../core/service/inbound-message.ts';
import { escapeSlackText } from './slack-text.ts';

/** Every button's action_id starts with this; the button's value is the core command it sends back. */
export const commandActionPrefix = 'finbot_cmd_';

/** Shown when a question went to the model: the answer follows as a second message. */
export const workingOnItText = 'Working on it… the answer will follow here shortly.';

export interface SlackMessage {
  /** Escaped plain text: the notification text, and what clients without Block Kit show. */
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

// Slack's limits: 3,000 characters in a section, 50 blocks a message, 75 in a button label, 2,000 in its value.
const sectionLimit = 3000;
const maxSections = 45;
const labelLimit = 75;
const valueLimit = 2000;
const fallbackLimit = 3000;

/** Renders `reply`; a `queued` reply becomes the short "working on it" note whatever its text. */
export function renderReply(reply: Reply): SlackMessage {
  const plain = reply.kind === 'queued' ? workingOnItText : reply.text;
  const escaped = escapeSlackText(plain.trim() === '' ? '…' : plain);
  const blocks: types.KnownBlock[] = splitText(escaped).map((chunk) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: chunk, verbatim: true },
  }));
  const buttons = reply.kind === 'queued' ? [] : reply.buttons.filter((button) => button.command.length <= valueLimit);
  if (buttons.length > 0) {
    blocks.push({
      type: 'actions',
      elements: buttons.slice(0, 25).map((button, index) => ({
        type: 'button',
        action_id: `${commandActionPrefix}${index}`,
        text: { type: 'plain_text', text: truncate(button.label, labelLimit), emoji: true },
        value: button.command,
      })),
    });
  }
  return { text: truncate(escaped, fallbackLimit), blocks };
}

/** Cuts escaped text into section-sized chunks, at line ends where it can. */
function splitText(text: string): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > sectionLimit && chunks.length < maxSections - 1) {
    let cut = rest.lastIndexOf('\n', sectionLimit);
    if (cut <= 0) cut = safeCut(rest, sectionLimit);
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  chunks.push(rest.length > sectionLimit ? `${rest.slice(0, safeCut(rest, sectionLimit - 1))}…` : rest);
  return chunks;
}

/** A cut position at or before `at` that splits neither an entity nor a surrogate pair. */
function safeCut(text: string, at: number): number {
  const amp = text.lastIndexOf('&', at);
  const cut = amp > at - 5 && amp > 0 ? amp : at;
  const before = text.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, safeCut(text, limit - 1))}…`;
}
