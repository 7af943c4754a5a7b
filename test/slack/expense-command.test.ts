import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseExpenseCommand } from '../../src/bots/slack/expense-command.ts';
import { fromSlackText } from '../../src/bots/slack/slack-text.ts';

describe('/expense subcommands become core text', () => {
  const rows: Array<[string, ReturnType<typeof parseExpenseCommand>]> = [
    ['', { kind: 'core', text: 'help' }],
    ['   ', { kind: 'core', text: 'help' }],
    ['help', { kind: 'core', text: 'help' }],
    ['add 250 groceries', { kind: 'core', text: '250 groceries' }],
    ['ADD ₹55 snacks yesterday', { kind: 'core', text: '₹55 snacks yesterday' }],
    ['add', { kind: 'core', text: 'help' }],
    ['week', { kind: 'core', text: 'summarize this week' }],
    ['Month', { kind: 'core', text: 'summarize this month' }],
    ['list', { kind: 'core', text: 'list' }],
    ['list groceries this month', { kind: 'core', text: 'list groceries this month' }],
    ['undo', { kind: 'core', text: 'undo' }],
    ['undo 12', { kind: 'core', text: 'undo #12' }],
    ['undo #12', { kind: 'core', text: 'undo #12' }],
    ['delete 12', { kind: 'core', text: 'delete 12' }],
    ['delete #7', { kind: 'core', text: 'delete 7' }],
    ['settings', { kind: 'core', text: 'settings' }],
    ['digest on', { kind: 'core', text: 'digest on' }],
    ['digest OFF', { kind: 'core', text: 'digest off' }],
    ['digest now', { kind: 'digest_now' }],
    ['digest Sunday 18:00', { kind: 'core', text: 'digest sunday 18:00' }],
    ['how much on groceries this week?', { kind: 'core', text: 'how much on groceries this week?' }],
    ['250   groceries', { kind: 'core', text: '250 groceries' }],
    ['set timezone Europe/London', { kind: 'core', text: 'set timezone Europe/London' }],
  ];
  for (const [input, expected] of rows) {
    test(`"/expense ${input}"`, () => {
      assert.deepEqual(parseExpenseCommand(input), expected);
    });
  }
});

describe('Slack markup in what users type', () => {
  const rows: Array<[string, string]> = [
    ['250 food &amp; drinks', '250 food & drinks'],
    ['&lt;3 coffee 50', '<3 coffee 50'],
    ['lunch with <@U123|asha> 300', 'lunch with @asha 300'],
    ['lunch with <@U123> 300', 'lunch with @U123 300'],
    ['see <https://example.com|the receipt>', 'see the receipt'],
    ['see <https://example.com>', 'see https://example.com'],
    ['in <#C42|general>', 'in #general'],
    ['<!here> 20 tea', '@here 20 tea'],
  ];
  for (const [input, expected] of rows) {
    test(`"${input}"`, () => {
      assert.equal(fromSlackText(input), expected);
    });
  }
});
