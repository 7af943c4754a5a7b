import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  approximateTokens,
  buildContext,
  type ContextRequest,
  contextNote,
} from '../../src/core/assistant/build-context.ts';
import type { ThreadMessage } from '../../src/core/domain/thread.ts';
import type { User } from '../../src/core/domain/user.ts';
import { type AssistantFixture, createAssistantFixture, now } from './assistant-fixture.ts';

describe('the context sent to the model', () => {
  let fx: AssistantFixture;
  let user: User;

  let otherUser: User;
  const emptyRequest: Omit<ContextRequest, 'user' | 'today'> = {
    question: 'and now?',
    history: [],
    historyBudgetTokens: 0,
  };

  before(async () => {
    fx = await createAssistantFixture();
    user = await fx.createUser('meera');
    // New York, dollars, weeks from Sunday.
    otherUser = { ...user, currency: 'USD', locale: 'en-US', timeZone: 'America/New_York', weekStart: 7 };
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

  it("sends the same instructions to everyone; a note opening the input carries the user's currency, zone, locale, today and week, then the latest thread messages within the budget, then the question", async () => {
    fx.fake.script({ type: 'text', text: 'Fine.' });

    await fx.run(user, 'how am I doing?', { historyBudgetTokens: 60 });

    const body = fx.fake.responseBodies().at(-1);
    const instructions = body?.instructions ?? '';
    assert.equal(instructions, buildContext({ ...emptyRequest, user: otherUser, today: '2027-03-02' }).instructions);
    assert.doesNotMatch(instructions, /INR|Kolkata|en-IN|2026|₹/);
    assert.match(instructions, /Call a tool for each number/);
    assert.match(instructions, /Never add, subtract/);
    assert.match(instructions, /Quote the "formatted" string exactly/);
    assert.match(instructions, /Edits and deletions are only proposed/);
    assert.deepEqual(body?.input, [
      {
        type: 'message',
        role: 'user',
        content:
          "[finbot's note] Today is Wednesday 2026-11-25, ISO week 2026-W48. The user's week runs 2026-11-23 to 2026-11-29.\n" +
          'Currency INR (amounts look like ₹1,250.50), time zone Asia/Kolkata, locale en-IN.',
      },
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
        ['budget_status', true],
        ['add_expense', true],
        ['edit_expense', true],
        ['delete_expense', true],
      ],
    );
  });

  it('tells a user elsewhere, on another day, their own facts in the note and nothing else differently', () => {
    const mine = buildContext({ ...emptyRequest, user, today: '2026-11-25' });
    const theirs = buildContext({ ...emptyRequest, user: otherUser, today: '2027-03-02' });

    assert.equal(theirs.instructions, mine.instructions);
    assert.equal(
      contextNote(otherUser, '2027-03-02'),
      "[finbot's note] Today is Tuesday 2027-03-02, ISO week 2027-W09. The user's week runs 2027-02-28 to 2027-03-06.\n" +
        'Currency USD (amounts look like $1,250.50), time zone America/New_York, locale en-US.',
    );
    assert.deepEqual(theirs.input, [
      { type: 'message', role: 'user', content: contextNote(otherUser, '2027-03-02') },
      { type: 'message', role: 'user', content: 'and now?' },
    ]);
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
      [contextNote(user, '2026-11-25'), 'b'.repeat(40), 'c'.repeat(40), 'and now?'],
    );
  });

  it('with no budget sends only the note and the question', () => {
    const history: ThreadMessage[] = [{ id: 1, threadId: 1, role: 'user', content: 'hi', createdAt: now }];
    const context = buildContext({ user, today: '2026-11-25', question: 'and now?', history, historyBudgetTokens: 0 });
    assert.deepEqual(context.input, [
      { type: 'message', role: 'user', content: contextNote(user, '2026-11-25') },
      { type: 'message', role: 'user', content: 'and now?' },
    ]);
  });

  it("a thread that starts with the user's message shares one message with the note, so roles alternate", () => {
    const history: ThreadMessage[] = [
      { id: 1, threadId: 1, role: 'user', content: 'coffee this week?', createdAt: now },
      { id: 2, threadId: 1, role: 'assistant', content: 'Coffee this week: ₹140.00', createdAt: now },
    ];
    const context = buildContext({
      user,
      today: '2026-11-25',
      question: 'and last week?',
      history,
      historyBudgetTokens: 100,
    });
    assert.deepEqual(context.input, [
      { type: 'message', role: 'user', content: `${contextNote(user, '2026-11-25')}\ncoffee this week?` },
      { type: 'message', role: 'assistant', content: 'Coffee this week: ₹140.00' },
      { type: 'message', role: 'user', content: 'and last week?' },
    ]);
  });

  it("cuts older replies to their first lines; the newest reply, the user's messages and events go whole", () => {
    const breakdown = [
      'This week (23 Nov – 29 Nov): ₹7,756.81 (50 expenses)',
      '• shopping: ₹2,690.79',
      '• fuel: ₹1,336.84',
      '• groceries: ₹867.61',
      '• bills: ₹769.07',
      '• health: ₹758.06',
      '• entertainment: ₹485.39',
    ].join('\n');
    const longUserMessage = `split these: ${'dinner 400, '.repeat(20)}`;
    const history: ThreadMessage[] = [
      { id: 1, threadId: 1, role: 'user', content: 'how much this week?', createdAt: now },
      { id: 2, threadId: 1, role: 'assistant', content: breakdown, createdAt: now },
      { id: 3, threadId: 1, role: 'user', content: longUserMessage, createdAt: now },
      { id: 4, threadId: 1, role: 'assistant', content: 'x'.repeat(400), createdAt: now },
      { id: 5, threadId: 1, role: 'user', content: '90 chai', createdAt: now },
      { id: 6, threadId: 1, role: 'event', content: 'expense #7 added: ₹90.00 chai on 2026-11-25', createdAt: now },
      { id: 7, threadId: 1, role: 'assistant', content: breakdown, createdAt: now },
    ];

    const context = buildContext({
      user,
      today: '2026-11-25',
      question: 'and last week?',
      history,
      historyBudgetTokens: 1000,
    });

    assert.deepEqual(
      context.input.map((item) => (item.type === 'message' ? item.content : '')),
      [
        `${contextNote(user, '2026-11-25')}\nhow much this week?`,
        // Whole lines while they fit 120 characters.
        'This week (23 Nov – 29 Nov): ₹7,756.81 (50 expenses)\n• shopping: ₹2,690.79\n• fuel: ₹1,336.84\n• groceries: ₹867.61 …',
        longUserMessage,
        // One line longer than that is cut.
        `${'x'.repeat(120)} …`,
        '90 chai',
        `(recorded: expense #7 added: ₹90.00 chai on 2026-11-25)\n${breakdown}`,
        'and last week?',
      ],
    );
    assert.equal(context.historyMessages, 7);
  });

  it('by default the model sees the last several exchanges of a thread full of long breakdowns, events included', async () => {
    const person = await fx.createUser('ravi');
    const thread = await fx.store.getThread(person.id);
    const breakdown = (week: number) =>
      [
        `Week ${week}: ₹7,756.81 (50 expenses)`,
        ...Array.from({ length: 9 }, (_, i) => `• category ${i}: ₹${i}00.00`),
      ].join('\n');
    for (let week = 1; week <= 12; week++) {
      await fx.store.appendThreadMessages(thread.id, [
        { role: 'user', content: `spending in week ${week}?`, createdAt: now },
        { role: 'assistant', content: breakdown(week), createdAt: now },
      ]);
    }
    await fx.store.appendThreadMessages(thread.id, [
      { role: 'user', content: '90 chai', createdAt: now },
      { role: 'event', content: 'expense #1 added: ₹90.00 chai on 2026-11-25', createdAt: now },
      { role: 'assistant', content: 'Added #1: ₹90.00 · chai · today', createdAt: now },
    ]);
    fx.fake.script({ type: 'text', text: 'Fine.' });

    await fx.run(person, 'and the week before?');

    const sent = JSON.stringify(fx.fake.responseBodies().at(-1)?.input);
    for (let week = 6; week <= 12; week++) assert.ok(sent.includes(`spending in week ${week}?`), `week ${week} asked`);
    assert.ok(sent.includes('Week 12: ₹7,756.81 (50 expenses)'));
    assert.ok(sent.includes('(recorded: expense #1 added: ₹90.00 chai on 2026-11-25)'));
    assert.ok(!sent.includes('• category 8'), 'older breakdowns are sent as their first lines');
  });
});
