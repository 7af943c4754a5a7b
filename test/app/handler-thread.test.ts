import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startHandlerThread } from '../../src/app/handler-thread/start-handler-thread.ts';
import { type InboundMessage, textReply } from '../../src/core/service/inbound-message.ts';

const scripted = new URL('../support/scripted-thread-handler.ts', import.meta.url);
const message = (text: string, user = '7'): InboundMessage => ({
  platform: 'telegram',
  platformUserId: user,
  displayName: null,
  key: `thread-test:${text}:${user}`,
  text,
});

describe('the message handler thread', () => {
  test('answers each message with its own reply, many in flight at once', async () => {
    const thread = await startHandlerThread(scripted, { prefix: '> ' });
    try {
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, index) => thread.handle(message(`hello ${index}`, String(index)))),
      );
      assert.deepEqual(
        replies.map((reply) => reply.text),
        Array.from({ length: 50 }, (_, index) => `> hello ${index} from ${index}`),
      );
    } finally {
      await thread.close();
    }
  });

  test('a failure in the thread rejects that message only', async () => {
    const thread = await startHandlerThread(scripted, { prefix: '' });
    try {
      await assert.rejects(thread.handle(message('fail')), /scripted failure/);
      assert.equal((await thread.handle(message('still here'))).text, 'still here from 7');
    } finally {
      await thread.close();
    }
  });

  test('runs the handler commits are scheduled on the main thread before the reply arrives', async () => {
    const scheduled: number[] = [];
    const thread = await startHandlerThread(
      scripted,
      { prefix: '' },
      {
        runScheduler: {
          schedule: async (threadId) => {
            scheduled.push(threadId);
          },
        },
      },
    );
    try {
      const reply = await thread.handle(message('ask 41'));
      assert.equal(reply.kind, 'queued');
      assert.deepEqual(scheduled, [41]);
    } finally {
      await thread.close();
    }
  });

  test('close waits for messages in hand', async () => {
    const thread = await startHandlerThread(scripted, { prefix: '' });
    const slow = thread.handle(message('slow one'));
    await thread.close();
    assert.equal((await slow).text, 'slow one from 7');
    await assert.rejects(thread.handle(message('after close')), /exited/);
  });

  test('a thread that dies is reported once, its messages refused, later ones answered by the fallback', async () => {
    const exits: Error[] = [];
    const thread = await startHandlerThread(
      scripted,
      { prefix: '' },
      {
        fallback: async (inbound) => textReply('help', `fallback: ${inbound.text}`),
        onUnexpectedExit: (error) => exits.push(error),
      },
    );
    await assert.rejects(thread.handle(message('die')), /exited \(code 3\)/);
    assert.equal((await thread.handle(message('next'))).text, 'fallback: next');
    assert.equal(exits.length, 1);
    assert.match(exits[0]?.message ?? '', /code 3/);
    // Closing a dead thread returns at once instead of waiting for an exit that already happened.
    await thread.close();
    assert.equal(exits.length, 1, 'a requested close is not an unexpected exit');
  });

  test('a module that cannot build its handler fails the start with the reason', async () => {
    await assert.rejects(
      startHandlerThread(new URL('../support/no-such-module.ts', import.meta.url), {}),
      /did not start/,
    );
  });
});
