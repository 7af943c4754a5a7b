import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { asha, startTelegramHarness, type TelegramHarness, webhookSecret } from './telegram-harness.ts';

const message = (fields: Record<string, unknown>) =>
  JSON.stringify({
    update_id: 9_000_001,
    message: { message_id: 1, date: 1_764_000_000, chat: { id: 101, type: 'private' }, text: 'hi', ...fields },
  });

/** Bodies a client can get wrong, each answered 400 (Telegram itself never sends them). */
const malformed: ReadonlyArray<[string, string]> = [
  ['truncated JSON', '{"update_id": 9000001, "message": {"message_id": 1, "te'],
  ['not JSON', 'update_id=1&text=hi'],
  ['empty', ''],
  ['null', 'null'],
  ['a number', '42'],
  ['an array', '[{"update_id": 1}]'],
  ['no update_id', '{"message": {}}'],
  ['a text update_id', '{"update_id": "1"}'],
  ['a negative update_id', '{"update_id": -1}'],
  ['two kinds at once', '{"update_id": 1, "message": {}, "callback_query": {}}'],
  ['a message that is null', '{"update_id": 1, "message": null}'],
  ['a message without a chat', message({ chat: undefined })],
  ['a chat without an id', message({ chat: { type: 'private' } })],
  ['a chat id that is text', message({ chat: { id: '101', type: 'private' } })],
  ['text that is a number', message({ text: 5 })],
  ['a sender without an id', message({ from: { first_name: 'Asha' } })],
  ['a sender name that is an object', message({ from: { id: 101, first_name: {} } })],
  ['entities that are no list', message({ entities: 'bot_command' })],
  ['a button tap without a sender', '{"update_id": 1, "callback_query": {"id": "q", "data": "x"}}'],
  ['a member update with a chat of text', '{"update_id": 1, "my_chat_member": {"chat": "x"}}'],
];

describe('webhook bodies that are no Telegram update (PostgreSQL)', () => {
  let harness: TelegramHarness;
  before(async () => {
    harness = await startTelegramHarness({ mode: 'webhook', database: 'postgres' });
  });
  after(() => harness.close());

  const post = (body: string, secret: string | null = webhookSecret) =>
    fetch(harness.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body,
    });
  const errorLogs = () => harness.logs.filter((line) => line.level >= 50);

  for (const [name, body] of malformed) {
    test(`${name}: 400 with a reason, a warning and no error log`, async () => {
      const warnings = harness.logs.filter((line) => line.level === 40).length;
      const response = await post(body);
      assert.equal(response.status, 400);
      assert.match(
        ((await response.json()) as { error: string }).error,
        /not JSON|not a (well-formed )?Telegram update/,
      );
      assert.deepEqual(errorLogs(), []);
      const refused = harness.logs.filter((line) => line.level === 40).slice(warnings);
      assert.deepEqual(
        refused.map((line) => [line.msg, line.status]),
        [['http request refused', 400]],
      );
    });
  }

  test('the secret is checked before the body: a malformed body without it is 401', async () => {
    assert.equal((await post('null', null)).status, 401);
    assert.equal((await post('{"update_id": 1', 'wrong-secret-0123456789')).status, 401);
  });

  test('a 10 MB body is 413 and never parsed', async () => {
    const huge = `{"update_id": 9000002, "message": {"text": "${'x'.repeat(10 * 1024 * 1024)}"}}`;
    const response = await post(huge);
    assert.equal(response.status, 413);
    assert.deepEqual(errorLogs(), []);
  });

  test('any JSON shaped roughly like an update is 200 or 400, never a 500 or an error log', async () => {
    // Each field is either of its right type or any JSON value, so both the checks and the handlers are reached.
    const either = <T>(right: fc.Arbitrary<T>) => fc.oneof(right, fc.jsonValue());
    const user = fc.record(
      {
        id: either(fc.integer({ min: 1, max: 999_999 })),
        first_name: either(fc.string()),
        username: either(fc.string()),
      },
      { requiredKeys: [] },
    );
    const chat = fc.record({
      id: either(fc.integer({ min: 1, max: 999_999 })),
      type: either(fc.constantFrom('private', 'group')),
    });
    const message = fc.record(
      {
        message_id: either(fc.nat()),
        date: either(fc.nat()),
        chat: either(chat),
        from: either(user),
        text: either(fc.oneof(fc.string(), fc.constantFrom('/start', '/help', 'help', '250 groceries', '/delete 1'))),
        entities: either(
          fc.array(fc.record({ type: fc.constant('bot_command'), offset: fc.nat(3), length: fc.nat(8) })),
        ),
      },
      { requiredKeys: [] },
    );
    const callback = fc.record(
      { id: either(fc.string()), from: either(user), data: either(fc.string()), message: either(message) },
      { requiredKeys: [] },
    );
    const update = fc
      .tuple(
        either(fc.integer({ min: 1, max: 2 ** 31 })),
        fc.constantFrom('message', 'edited_message', 'callback_query', 'my_chat_member', 'poll'),
        fc.oneof(message, callback, fc.jsonValue()),
      )
      .map(([updateId, kind, payload]) => ({ update_id: updateId, [kind]: payload }));
    await fc.assert(
      fc.asyncProperty(update, async (body) => {
        const response = await post(JSON.stringify(body));
        await response.arrayBuffer();
        return response.status === 200 || response.status === 400;
      }),
      { numRuns: 400 },
    );
    assert.deepEqual(errorLogs(), []);
  });

  test('after all of that, a real update is still handled and answered', async () => {
    const before = harness.telegram.messages(asha.id).length;
    harness.send(asha, '250 groceries');
    const messages = await harness.messagesTo(asha.id, before + 1);
    assert.match(messages.at(-1)?.text ?? '', /250/);
    assert.deepEqual(errorLogs(), []);
  });
});
