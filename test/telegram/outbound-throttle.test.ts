import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { throttleSends } from '../../src/bots/telegram/outbound-throttle.ts';

/** Runs calls through the throttle on a fake clock; returns when each call went out (ms). */
async function sendTimes(calls: Array<{ method: string; chatId: number }>, options = {}): Promise<number[]> {
  let now = 0;
  const sent: number[] = [];
  const throttle = throttleSends({
    ...options,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  const prev = async () => {
    sent.push(now);
    return { ok: true as const, result: true };
  };
  for (const call of calls) {
    // biome-ignore lint/suspicious/noExplicitAny: the transformer's generic call signature is not needed here
    await (throttle as any)(prev, call.method, { chat_id: call.chatId });
  }
  return sent;
}

describe('the outbound throttle', () => {
  test('one chat gets a short burst, then about one message a second', async () => {
    const times = await sendTimes(Array.from({ length: 6 }, () => ({ method: 'sendMessage', chatId: 1 })));
    assert.deepEqual(times.slice(0, 3), [0, 0, 0]);
    assert.ok(times[3] !== undefined && times[3] >= 1000);
    assert.ok(times[5] !== undefined && times[5] >= 3000);
  });

  test('many chats share about 30 messages a second', async () => {
    const times = await sendTimes(Array.from({ length: 90 }, (_, i) => ({ method: 'sendMessage', chatId: i + 1 })));
    assert.equal(times.filter((time) => time === 0).length, 30);
    assert.ok((times[89] ?? 0) >= 1900 && (times[89] ?? 0) <= 2100);
  });

  test('chat actions and callback answers are not held back', async () => {
    const times = await sendTimes(Array.from({ length: 10 }, () => ({ method: 'sendChatAction', chatId: 1 })));
    assert.deepEqual(times, Array(10).fill(0));
  });
});
