import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderReply, workingOnItText } from '../../src/bots/slack/render-blocks.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';

describe('replies rendered for Slack', () => {
  test('user text is escaped in the blocks and in the fallback, and buttons carry the core command', () => {
    const message = renderReply(
      textReply('expense_added', 'Added #3: ₹250.00 · food & <drinks> · today', [
        { label: 'Undo', command: 'undo #3' },
      ]),
    );
    assert.equal(message.text, 'Added #3: ₹250.00 · food &amp; &lt;drinks&gt; · today');
    assert.deepEqual(message.blocks[0], {
      type: 'section',
      text: { type: 'mrkdwn', text: 'Added #3: ₹250.00 · food &amp; &lt;drinks&gt; · today', verbatim: true },
    });
    assert.deepEqual(message.blocks[1], {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'finbot_cmd_0',
          text: { type: 'plain_text', text: 'Undo', emoji: true },
          value: 'undo #3',
        },
      ],
    });
  });

  test('a queued question shows only the short "working on it" note', () => {
    const message = renderReply(textReply('queued', 'Thinking about: how much …', [{ label: 'x', command: 'y' }]));
    assert.equal(message.text, workingOnItText);
    assert.equal(message.blocks.length, 1);
  });

  test('a very long reply is split into sections within Slack limits, never mid-entity', () => {
    const line = `${'a & b '.repeat(40)}\n`;
    const message = renderReply(textReply('expense_list', line.repeat(200)));
    assert.ok(message.blocks.length > 1 && message.blocks.length <= 50);
    for (const block of message.blocks) {
      const text = (block as { text: { text: string } }).text.text;
      assert.ok(text.length <= 3000);
      assert.doesNotMatch(text, /&(?!amp;|lt;|gt;)/);
    }
    assert.ok(message.text.length <= 3000);
  });

  test('an empty reply still renders valid blocks', () => {
    const message = renderReply(textReply('help', ''));
    assert.equal((message.blocks[0] as { text: { text: string } }).text.text, '…');
  });
});
