import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOpenAIResponsesClient } from '../../src/assistant/openai-responses-client.ts';
import type { ModelRequest } from '../../src/core/assistant/model-client.ts';
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

// What both API styles do alike (answers, errors, timeouts, cached tokens) is tested in openai-model-clients.test.ts.
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
});
