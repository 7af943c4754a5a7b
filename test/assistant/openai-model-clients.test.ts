/** What both OpenAI clients must do alike: answers, errors sorted into retryable or not, cached tokens. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createModelClient } from '../../src/assistant/create-model-client.ts';
import type { ModelRequest } from '../../src/core/assistant/model-client.ts';
import { ModelError } from '../../src/core/assistant/model-error.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';

const request: ModelRequest = {
  instructions: 'Be brief. You answer questions about one person’s spending, quoting the tools’ figures.',
  input: [{ type: 'message', role: 'user', content: 'how much this week?' }],
  tools: [
    {
      name: 'weekly_stats',
      description: 'Totals of one ISO week, per category and per day.',
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

for (const style of ['responses', 'chat'] as const) {
  describe(`the OpenAI client over ${style === 'chat' ? 'Chat Completions' : 'the Responses API'}`, () => {
    let fake: FakeOpenAI;
    before(async () => {
      fake = await startFakeOpenAI();
    });
    after(() => fake.close());

    const client = (options: { timeoutMs?: number } = {}) =>
      createModelClient({ style, baseURL: fake.baseURL, apiKey: 'sk-test', model: 'fake-model', ...options });
    const sentTo = () => fake.requests.at(-1)?.path;

    it('returns the text of a final answer', async () => {
      fake.script({ type: 'text', text: 'You spent ₹250.00.' });
      const response = await client().respond(request);
      assert.deepEqual(response.output, [{ type: 'message', text: 'You spent ₹250.00.' }]);
      assert.equal(sentTo(), style === 'chat' ? '/v1/chat/completions' : '/v1/responses');
    });

    it('returns tool calls with their ids and JSON arguments', async () => {
      fake.script({ type: 'calls', calls: [{ name: 'weekly_stats', callId: 'call_9', arguments: { week: null } }] });
      const response = await client().respond(request);
      assert.deepEqual(response.output, [
        { type: 'function_call', callId: 'call_9', name: 'weekly_stats', arguments: '{"week":null}' },
      ]);
    });

    it('reports the input tokens the server read from its prompt cache', async () => {
      const cold = await startFakeOpenAI();
      try {
        cold.script({ type: 'text', text: 'One.' }, { type: 'text', text: 'Two.' }, { type: 'text', text: 'Three.' });
        const model = createModelClient({ style, baseURL: cold.baseURL, model: 'fake-model' });

        const first = await model.respond(request);
        const second = await model.respond({
          ...request,
          input: [...request.input, { type: 'message', role: 'user', content: 'and last week?' }],
        });
        const otherTools = await model.respond({ ...request, tools: [] });

        assert.equal(first.usage.cachedInputTokens, 0);
        // Instructions and tools, about four characters a token; the conversation after them is not cached.
        const prefix = request.instructions.length + JSON.stringify(cold.responseBodies()[0]?.tools).length;
        assert.equal(second.usage.cachedInputTokens, Math.floor(prefix / 4));
        assert.ok((second.usage.cachedInputTokens ?? 0) < second.usage.inputTokens);
        // Only the instructions are shared when the tools differ.
        const instructionsOnly = otherTools.usage.cachedInputTokens ?? 0;
        assert.ok(
          instructionsOnly >= Math.floor(request.instructions.length / 4) &&
            instructionsOnly < (second.usage.cachedInputTokens ?? 0),
        );
      } finally {
        await cold.close();
      }
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

    it('a failure the server reports is retryable when it says server_error, not otherwise', async () => {
      fake.script({ type: 'failed', code: 'server_error' }, { type: 'failed', code: 'invalid_prompt' });
      assert.equal((await failure(client().respond(request))).retryable, true);
      assert.equal((await failure(client().respond(request))).retryable, false);
    });

    it('an answer cut off by the output limit is not retryable', async () => {
      fake.script({ type: 'cut_off', text: 'You spent' });
      const error = await failure(client().respond(request));
      assert.equal(error.retryable, false);
      assert.equal(error.code, 'max_output_tokens');
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

    it('an unreachable server is a retryable connection error', async () => {
      const gone = await startFakeOpenAI();
      const url = gone.baseURL;
      await gone.close();
      const error = await failure(createModelClient({ style, baseURL: url, model: 'fake-model' }).respond(request));
      assert.equal(error.retryable, true);
      assert.equal(error.code, 'connection');
    });

    it('needs an API key unless a base URL is given', () => {
      assert.throws(() => createModelClient({ style, model: 'gpt-5-mini' }), /OPENAI_API_KEY is required/);
    });
  });
}
