import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { retryModelCalls } from '../../src/assistant/retry-model-calls.ts';
import type { ModelClient, ModelRequest, ModelResponse } from '../../src/core/assistant/model-client.ts';
import { ModelError } from '../../src/core/assistant/model-error.ts';

const answer = { output: [{ type: 'message', text: 'You spent ₹250.00.' }] } as unknown as ModelResponse;
const request = {} as ModelRequest;

/** A client failing with `failures` in turn, then answering; the waits it was given. */
function scripted(failures: ReadonlyArray<Error>) {
  let calls = 0;
  const waits: number[] = [];
  const inner: ModelClient = {
    async respond() {
      const failure = failures[calls];
      calls += 1;
      if (failure) throw failure;
      return answer;
    },
  };
  const client = retryModelCalls(inner, {
    retries: 2,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { client, calls: () => calls, waits };
}

const serverError = () => new ModelError('server_error', { retryable: true, status: 500, code: 'server_error' });

describe('retryModelCalls', () => {
  test('a server error is tried again in place, with growing waits', async () => {
    const run = scripted([serverError(), serverError()]);
    assert.equal(await run.client.respond(request), answer);
    assert.equal(run.calls(), 3);
    assert.deepEqual(run.waits, [500, 1000]);
  });

  test('a rate limit waits what the server asked', async () => {
    const limited = new ModelError('rate', { retryable: true, status: 429, code: 'rate_limited', retryAfterMs: 3000 });
    const run = scripted([limited]);
    assert.equal(await run.client.respond(request), answer);
    assert.deepEqual(run.waits, [3000]);
  });

  test('after its retries, the failure goes to the run (and the queue)', async () => {
    const run = scripted([serverError(), serverError(), serverError()]);
    await assert.rejects(run.client.respond(request), ModelError);
    assert.equal(run.calls(), 3);
  });

  test('timeouts, refusals and long retry-afters are not retried in place', async () => {
    for (const error of [
      new ModelError('timeout', { retryable: true, code: 'timeout' }),
      new ModelError('bad', { retryable: false, status: 400, code: 'bad_request' }),
      new ModelError('later', { retryable: true, status: 429, code: 'rate_limited', retryAfterMs: 60_000 }),
      new Error('not a model error'),
    ]) {
      const run = scripted([error]);
      await assert.rejects(run.client.respond(request));
      assert.equal(run.calls(), 1, error.message);
    }
  });
});
