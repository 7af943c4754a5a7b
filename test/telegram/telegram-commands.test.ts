import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type CommandAction,
  commandAction,
  splitCommand,
  textAction,
} from '../../src/bots/telegram/telegram-commands.ts';

describe('slash commands', () => {
  const rows: Array<[string, CommandAction | undefined]> = [
    ['/start', { kind: 'welcome' }],
    ['/add 250 groceries', { kind: 'core', text: 'add 250 groceries' }],
    ['/add@finbot_test_bot ₹55 snacks yesterday', { kind: 'core', text: 'add ₹55 snacks yesterday' }],
    ['/week', { kind: 'core', text: 'summarize this week' }],
    ['/month', { kind: 'core', text: 'this month' }],
    ['/list', { kind: 'core', text: 'list' }],
    ['/list groceries', { kind: 'core', text: 'list groceries' }],
    ['/undo', { kind: 'core', text: 'undo' }],
    ['/delete 12', { kind: 'confirm_delete', number: 12 }],
    ['/delete #12', { kind: 'confirm_delete', number: 12 }],
    ['/edit 12 300', { kind: 'core', text: 'edit 12 300' }],
    ['/edit #12 fuel', { kind: 'core', text: 'edit 12 fuel' }],
    ['/settings', { kind: 'core', text: 'settings', keyboard: 'settings' }],
    ['/digest on', { kind: 'core', text: 'digest on' }],
    ['/digest OFF', { kind: 'core', text: 'digest off' }],
    ['/digest now', { kind: 'digest_now' }],
    ['/digest Sunday 18:00', { kind: 'core', text: 'digest Sunday 18:00' }],
    ['/help', { kind: 'core', text: 'help' }],
    ['/HELP', { kind: 'core', text: 'help' }],
    ['/frobnicate', { kind: 'core', text: 'help', unknownCommand: 'frobnicate' }],
    ['250 groceries', undefined],
    ['/ 250', undefined],
  ];
  for (const [input, expected] of rows) {
    test(`${JSON.stringify(input)} → ${expected ? JSON.stringify(expected) : 'not a command'}`, () => {
      const command = splitCommand(input);
      assert.deepEqual(command && commandAction(command.name, command.args), expected);
    });
  }

  for (const input of ['/add', '/delete', '/delete twelve', '/edit', '/edit 12', '/digest']) {
    test(`${input} without what it needs explains its use and calls nothing`, () => {
      const command = splitCommand(input);
      assert.ok(command);
      assert.equal(commandAction(command.name, command.args).kind, 'usage');
    });
  }
});

describe('text that is not a slash command', () => {
  const rows: Array<[string, CommandAction]> = [
    ['  250 groceries ', { kind: 'core', text: '250 groceries' }],
    ['Digest now', { kind: 'digest_now' }],
    ['digest sunday 18:00', { kind: 'core', text: 'digest sunday 18:00' }],
    ['digest now please', { kind: 'core', text: 'digest now please' }],
  ];
  for (const [input, expected] of rows) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(textAction(input), expected));
  }
});
