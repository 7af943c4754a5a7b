import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { approximateTokens, buildContext } from '../../src/core/assistant/build-context.ts';
import type { ThreadMessage } from '../../src/core/domain/thread.ts';
import type { User } from '../../src/core/domain/user.ts';
import { type AssistantFixture, createAssistantFixture, now } from './assistant-fixture.ts';

describe('the context sent to the model', () => {
  let fx: AssistantFixture;
  let user: User;

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('meera');
    const thread = await fx.store.getThread(user.id);
    const old = 'an old and long message '.repeat(40);
    await fx.store.appendThreadMessages(thread.id, [
      { role: 'user', content: old, createdAt: now },
      { role: 'assistant', content: 'an old answer', createdAt: now },
      { role: 'user', content: '250 groceries', createdAt: now },
      { role: 'event', content: 'expense #1 added: ₹250.00 groceries on 2026-11-25', createdAt: now },
      { role: 'assistant', content: 'Added #1: ₹250.00 · groceries · today', createdAt: now },
      { role: 'user', content: 'how am I doing?', createdAt: now },
    ]);
  });
  after(() => fx.close());

  it("carries the user's currency, zone, locale, today and week, the latest thread messages within the budget, then the question", async () => {
    fx.fake.script({ type: 'text', text: 'Fine.' });

    await fx.run(user, 'how am I doing?', { historyBudgetTokens: 60 });

    const body = fx.fake.responseBodies().at(-1);
    const instructions = body?.instructions ?? '';
    assert.match(instructions, /currency is INR, time zone Asia\/Kolkata, locale en-IN/);
    assert.match(instructions, /Today is Wednesday 2026-11-25, ISO week 2026-W48/);
    assert.match(instructions, /week runs 2026-11-23 to 2026-11-29/);
    assert.match(instructions, /Call a tool for each number/);
    assert.match(instructions, /Never add, subtract/);
    assert.deepEqual(body?.input, [
      { type: 'message', role: 'assistant', content: 'an old answer' },
      { type: 'message', role: 'user', content: '250 groceries' },
      {
        type: 'message',
        role: 'assistant',
        content: '(recorded: expense #1 added: ₹250.00 groceries on 2026-11-25)\nAdded #1: ₹250.00 · groceries · today',
      },
      // The question was already the thread's last message: it is sent once.
      { type: 'message', role: 'user', content: 'how am I doing?' },
    ]);
    assert.deepEqual(
      body?.tools?.map((tool) => [tool.name, tool.strict]),
      [
        ['spending_summary', true],
        ['list_expenses', true],
        ['weekly_stats', true],
        ['add_expense', true],
        ['edit_expense', true],
        ['delete_expense', true],
      ],
    );
  });

  it('keeps the newest messages that fit, at about four characters a token', () => {
    const message = (id: number, content: string): ThreadMessage => ({
      id,
      threadId: 1,
      role: id % 2 === 1 ? 'user' : 'assistant',
      content,
      createdAt: now,
    });
    const history = [message(1, 'a'.repeat(400)), message(2, 'b'.repeat(40)), message(3, 'c'.repeat(40))];

    const context = buildContext({ user, today: '2026-11-25', question: 'and now?', history, historyBudgetTokens: 20 });

    assert.equal(approximateTokens('b'.repeat(40)), 10);
    assert.equal(context.historyMessages, 2);
    assert.deepEqual(
      context.input.map((item) => (item.type === 'message' ? item.content : '')),
      ['b'.repeat(40), 'c'.repeat(40), 'and now?'],
    );
  });

  it('with no budget sends only the question', () => {
    const history: ThreadMessage[] = [{ id: 1, threadId: 1, role: 'user', content: 'hi', createdAt: now }];
    const context = buildContext({ user, today: '2026-11-25', question: 'and now?', history, historyBudgetTokens: 0 });
    assert.deepEqual(context.input, [{ type: 'message', role: 'user', content: 'and now?' }]);
  });
});
