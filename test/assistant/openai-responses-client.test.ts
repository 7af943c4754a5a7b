import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOpenAIResponsesClient } from '../../src/assistant/openai-responses-client.ts';
import type { ModelRequest } from '../../src/core/assistant/model-client.ts';
import { ModelError } from '../../src/core/assistant/model-error.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';

const request: ModelRequest = {
  instructions: 'Be brief.',
  input: [
    { type: 'message', role: 'user', content: 'how much this week?' },
    { type: 'function_call', callId: 'call_1', name: 'weekly_stats', arguments: '{"week":null}' },
    { type: 'function_call_output', callId: 'call_1', output: '{"ok":true}' },
  ],
  tools: [
    {
      name: 'weekly_stats',
      description: 'Stats.',
      parameters: {
        type: 'object',
        properties: { week: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
        required: ['week'],
        additionalProperties: false,
      },
      strict: true,
    },
  ],
};

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ModelError, `expected a ModelError, got ${String(error)}`);
  return error;
}

describe('the OpenAI Responses client', () => {
  let fake: FakeOpenAI;
  before(async () => {
    fake = await startFakeOpenAI();
  });
  after(() => fake.close());

  const client = (options: { timeoutMs?: number; background?: boolean } = {}) =>
    createOpenAIResponsesClient({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'fake-model', ...options });

  it('sends instructions, the whole conversation and strict function tools, stored nowhere', async () => {
    fake.script({
      type: 'calls',
      calls: [{ name: 'weekly_stats', callId: 'call_2', arguments: { week: '2026-W47' } }],
    });

    const response = await client().respond(request);

    assert.deepEqual(response.output, [
      { type: 'function_call', callId: 'call_2', name: 'weekly_stats', arguments: '{"week":"2026-W47"}' },
    ]);
    assert.match(response.id, /^resp_/);
    assert.ok(response.usage.inputTokens > 0);
    const sent = fake.responseBodies().at(-1);
    assert.equal(sent?.model, 'fake-model');
    assert.equal(sent?.instructions, 'Be brief.');
    assert.equal(sent?.store, false);
    assert.equal(sent?.previous_response_id, undefined);
    assert.deepEqual(sent?.input, [
      { type: 'message', role: 'user', content: 'how much this week?' },
      { type: 'function_call', call_id: 'call_1', name: 'weekly_stats', arguments: '{"week":null}' },
      { type: 'function_call_output', call_id: 'call_1', output: '{"ok":true}' },
    ]);
    assert.deepEqual(sent?.tools, [{ type: 'function', ...request.tools[0] }]);
    assert.equal(fake.requests.at(-1)?.headers.authorization, 'Bearer sk-test');
  });

  it('returns the text of a final answer', async () => {
    fake.script({ type: 'text', text: 'You spent ₹250.00.' });
    const response = await client().respond(request);
    assert.deepEqual(response.output, [{ type: 'message', text: 'You spent ₹250.00.' }]);
  });

  it('a 429 is retryable and carries Retry-After; the SDK does not retry it itself', async () => {
    const before = fake.requests.length;
    fake.script({ type: 'error', status: 429, code: 'rate_limit_exceeded', retryAfter: '3' });
    const error = await failure(client().respond(request));
    assert.equal(error.retryable, true);
    assert.equal(error.status, 429);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfterMs, 3000);
    assert.equal(fake.requests.length, before + 1);
  });

  it('a 429 for a used-up quota is not retryable', async () => {
    fake.script({ type: 'error', status: 429, code: 'insufficient_quota' });
    const error = await failure(client().respond(request));
    assert.equal(error.retryable, false);
    assert.equal(error.code, 'insufficient_quota');
  });

  it('a 500 is retryable', async () => {
    fake.script({ type: 'error', status: 500 });
    const error = await failure(client().respond(request));
    assert.equal(error.retryable, true);
    assert.equal(error.status, 500);
    assert.equal(error.code, 'server_error');
  });

  it('a 400 is not retryable', async () => {
    fake.script({ type: 'error', status: 400, message: "Invalid schema for function 'weekly_stats'." });
    const error = await failure(client().respond(request));
    assert.equal(error.retryable, false);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'bad_request');
    assert.match(error.message, /Invalid schema/);
  });

  it('401 and 404 are not retryable', async () => {
    fake.script({ type: 'error', status: 401 }, { type: 'error', status: 404 });
    assert.equal((await failure(client().respond(request))).retryable, false);
    assert.equal((await failure(client().respond(request))).code, 'not_found');
  });

  it('a malformed JSON body is a retryable ModelError, not a crash', async () => {
    fake.script({ type: 'malformed' });
    const error = await failure(client().respond(request));
    assert.equal(error.retryable, true);
    assert.equal(error.code, 'bad_response');
    assert.ok(error.cause instanceof SyntaxError);
  });

  it('a server that does not answer in time is a retryable timeout', async () => {
    fake.script({ type: 'text', text: 'too late', delayMs: 2000 });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 200 }).respond(request));
    assert.equal(error.retryable, true);
    assert.equal(error.code, 'timeout');
    assert.ok(Date.now() - started < 1500);
  });

  it('a response that failed on the server is retryable when the server says server_error', async () => {
    fake.script({ type: 'failed', code: 'server_error' }, { type: 'failed', code: 'invalid_prompt' });
    assert.equal((await failure(client().respond(request))).retryable, true);
    assert.equal((await failure(client().respond(request))).retryable, false);
  });

  it('an unreachable server is a retryable connection error', async () => {
    const gone = await startFakeOpenAI();
    const url = gone.baseURL;
    await gone.close();
    const unreachable = createOpenAIResponsesClient({ baseURL: url, model: 'fake-model' });
    const error = await failure(unreachable.respond(request));
    assert.equal(error.retryable, true);
    assert.equal(error.code, 'connection');
  });

  it('background mode polls the response until it is done', async () => {
    fake.script({ type: 'text', text: 'Done in the background.' });
    const polling = createOpenAIResponsesClient({
      baseURL: fake.baseURL,
      model: 'fake-model',
      background: true,
      pollIntervalMs: 10,
    });

    const response = await polling.respond(request);

    assert.deepEqual(response.output, [{ type: 'message', text: 'Done in the background.' }]);
    const created = fake.responseBodies().at(-1);
    assert.equal(created?.background, true);
    assert.equal(created?.store, true);
    const polls = fake.requests.filter((recorded) => recorded.method === 'GET');
    assert.equal(polls.length, 2);
    assert.equal(polls[0]?.path, `/v1/responses/${response.id}`);
  });

  it('needs an API key unless a base URL is given', () => {
    assert.throws(() => createOpenAIResponsesClient({ model: 'gpt-5-mini' }), /OPENAI_API_KEY is required/);
  });
});
