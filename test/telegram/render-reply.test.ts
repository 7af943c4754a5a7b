import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeButton, encodeButton } from '../../src/bots/telegram/callback-data.ts';
import { renderReply } from '../../src/bots/telegram/render-reply.ts';
import { splitText } from '../../src/bots/telegram/split-text.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';

describe('rendering core replies for Telegram', () => {
  test('user text is escaped: a category like fish_&_chips <3 cannot break the message', () => {
    const [message] = renderReply(textReply('expense_added', 'Added #3: ₹120.00 · fish_&_chips <3 · today'));
    assert.equal(message?.html, 'Added #3: ₹120.00 · fish_&amp;_chips &lt;3 · today');
  });

  test('an Undo button edits its message; a settings button answers with a new one', () => {
    const [message] = renderReply(
      textReply('expense_added', 'Added #12', [
        { label: 'Undo', command: 'undo #12' },
        { label: 'USD', command: 'set currency USD' },
      ]),
    );
    assert.deepEqual(message?.keyboard, {
      inline_keyboard: [
        [
          { text: 'Undo', callback_data: 'e|undo #12' },
          { text: 'USD', callback_data: 'r|set currency USD' },
        ],
      ],
    });
  });

  test('a command too long for 64 bytes of callback data becomes a line saying what to type', () => {
    const command = `set timezone ${'America/'.repeat(8)}X`;
    const [message] = renderReply(textReply('settings', 'Pick one', [{ label: 'Far away', command }]));
    assert.equal(message?.keyboard, undefined);
    assert.match(message?.html ?? '', /Far away: send "set timezone America/);
  });

  test('a long reply is split into messages Telegram accepts, the keyboard on the last', () => {
    const text = Array.from({ length: 400 }, (_, i) => `#${i} · ₹1.00 · a<b & c>d`).join('\n');
    const messages = renderReply(textReply('expense_list', text, [{ label: 'Undo', command: 'undo #1' }]));
    assert.ok(messages.length > 1);
    for (const message of messages) assert.ok(message.html.length <= 4096);
    assert.equal(messages.filter((message) => message.keyboard).length, 1);
    assert.ok(messages.at(-1)?.keyboard);
    assert.equal(
      messages
        .map((message) => message.html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
        .join('\n'),
      text,
    );
  });

  test('splitting never cuts a surrogate pair and always makes progress', () => {
    const pieces = splitText('😀'.repeat(3000), 4096);
    assert.ok(pieces.every((piece) => piece.length <= 4096));
    assert.equal(pieces.join(''), '😀'.repeat(3000));
  });

  test('Confirm and Cancel of a question edit its message, so the answer replaces the question', () => {
    const [message] = renderReply(
      textReply('confirmation', '#3 · ₹120.00 food · today\nDelete it?', [
        { label: 'Confirm', command: 'confirm proposal 7' },
        { label: 'Cancel', command: 'cancel proposal 7' },
      ]),
    );
    assert.deepEqual(message?.keyboard, {
      inline_keyboard: [
        [
          { text: 'Confirm', callback_data: 'e|confirm proposal 7' },
          { text: 'Cancel', callback_data: 'e|cancel proposal 7' },
        ],
      ],
    });
  });

  test('callback data round-trips and unknown data (an old Cancel button\'s "x|" too) is refused', () => {
    for (const action of [
      { command: 'undo #12', after: 'edit' },
      { command: 'set timezone Asia/Kolkata', after: 'reply' },
    ] as const) {
      const data = encodeButton(action);
      assert.ok(data);
      assert.deepEqual(decodeButton(data), action);
    }
    assert.equal(decodeButton('undo #12'), undefined);
    assert.equal(decodeButton('e|'), undefined);
    assert.equal(decodeButton('x|'), undefined);
    assert.equal(encodeButton({ command: 'x'.repeat(63), after: 'reply' }), undefined);
  });
});
