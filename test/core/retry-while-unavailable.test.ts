import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MessageHandler } from '../../src/core/service/handle-message.ts';
import { type InboundMessage, textReply } from '../../src/core/service/inbound-message.ts';
import { retryWhileUnavailable } from '../../src/core/service/retry-while-unavailable.ts';

class OutOfReach extends Error {}

const message: InboundMessage = {
  platform: 'telegram',
  platformUserId: '1',
  displayName: null,
  key: 'telegram:update:1',
  text: '250 groceries',
};

/** A handler that fails with `failures` in turn, then answers; and a clock that sleeps by moving. */
function scripted(failures: ReadonlyArray<Error>) {
  let calls = 0;
  let clock = 0;
  const waits: number[] = [];
  const handler: MessageHandler = async () => {
    const failure = failures[calls];
    calls += 1;
    if (failure) throw failure;
    return textReply('expense_added', 'Added');
  };
  const retry = {
    isUnavailable: (error: unknown) => error instanceof OutOfReach,
    withinMs: 10_000,
    now: () => clock,
    sleep: async (ms: number) => {
      waits.push(ms);
      clock += ms;
    },
  };
  return { handler, retry, calls: () => calls, waits };
}

describe('retryWhileUnavailable', () => {
  test('a message is handled again while the database is out of reach, with growing waits', async () => {
    const run = scripted([new OutOfReach('ECONNREFUSED'), new OutOfReach('ECONNRESET'), new OutOfReach('again')]);
    const reply = await retryWhileUnavailable(run.handler, run.retry)(message);
    assert.equal(reply.text, 'Added');
    assert.equal(run.calls(), 4);
    assert.deepEqual(run.waits, [250, 500, 1000]);
  });

  test('any other failure is reported at once', async () => {
    const run = scripted([new Error('a bug')]);
    await assert.rejects(retryWhileUnavailable(run.handler, run.retry)(message), /a bug/);
    assert.equal(run.calls(), 1);
  });

  test('an outage longer than the budget ends in the failure, after about the budget', async () => {
    const run = scripted(Array.from({ length: 100 }, () => new OutOfReach('down')));
    await assert.rejects(retryWhileUnavailable(run.handler, run.retry)(message), /down/);
    const waited = run.waits.reduce((sum, ms) => sum + ms, 0);
    assert.ok(waited <= 10_000 && waited > 10_000 - 4000, `waited ${waited} ms`);
    assert.ok(run.waits.every((ms) => ms <= 4000));
  });
});
