import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOpenAIChatClient } from '../../src/assistant/openai-chat-client.ts';
import type { ModelRequest } from '../../src/core/assistant/model-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';

const weeklyStats = {
  name: 'weekly_stats',
  description: 'Stats.',
  parameters: {
    type: 'object',
    properties: { week: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    required: ['week'],
    additionalProperties: false,
  },
  strict: true,
} as const;

/** A second round: the question, two calls the model made together, their outputs, then a follow-up. */
const request: ModelRequest = {
  instructions: 'Be brief.',
  input: [
    { type: 'message', role: 'user', content: 'this week and last?' },
    { type: 'function_call', callId: 'call_1', name: 'weekly_stats', arguments: '{"week":null}' },
    { type: 'function_call', callId: 'call_2', name: 'weekly_stats', arguments: '{"week":"2026-W47"}' },
    { type: 'function_call_output', callId: 'call_1', output: '{"ok":true,"week":"2026-W48"}' },
    { type: 'function_call_output', callId: 'call_2', output: '{"ok":true,"week":"2026-W47"}' },
    { type: 'message', role: 'assistant', content: 'Both weeks are in.' },
    { type: 'message', role: 'user', content: 'and the one before?' },
  ],
  tools: [weeklyStats],
};

describe('the OpenAI Chat Completions client', () => {
  let fake: FakeOpenAI;
  before(async () => {
    fake = await startFakeOpenAI();
  });
  after(() => fake.close());

  const client = () => createOpenAIChatClient({ baseURL: fake.baseURL, apiKey: 'sk-test', model: 'fake-model' });

  it('sends the instructions as the system message, calls grouped per round, outputs as tool messages', async () => {
    fake.script({ type: 'text', text: 'Noted.' });

    await client().respond(request);

    const sent = fake.requests.at(-1);
    assert.equal(sent?.path, '/v1/chat/completions');
    assert.equal(sent?.headers.authorization, 'Bearer sk-test');
    assert.equal(sent?.body?.model, 'fake-model');
    assert.deepEqual(sent?.body?.messages, [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'this week and last?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'weekly_stats', arguments: '{"week":null}' } },
          { id: 'call_2', type: 'function', function: { name: 'weekly_stats', arguments: '{"week":"2026-W47"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"ok":true,"week":"2026-W48"}' },
      { role: 'tool', tool_call_id: 'call_2', content: '{"ok":true,"week":"2026-W47"}' },
      { role: 'assistant', content: 'Both weeks are in.' },
      { role: 'user', content: 'and the one before?' },
    ]);
    const { name, description, parameters, strict } = weeklyStats;
    assert.deepEqual(sent?.body?.tools, [{ type: 'function', function: { name, description, parameters, strict } }]);
    assert.equal(sent?.body?.tool_choice, 'auto');
  });

  it("toolChoice 'none' is sent as tool_choice none", async () => {
    fake.script({ type: 'text', text: 'Done.' });
    await client().respond({ ...request, toolChoice: 'none' });
    assert.equal(fake.requests.at(-1)?.body?.tool_choice, 'none');
  });

  it('a round trip: tool calls come back as function_call items, and their outputs reach the model', async () => {
    fake.script(
      {
        type: 'calls',
        calls: [
          { name: 'weekly_stats', callId: 'call_a', arguments: { week: null } },
          { name: 'weekly_stats', callId: 'call_b', arguments: { week: '2026-W47' } },
        ],
      },
      (body) => {
        const outputs = (body.input ?? []).filter((item) => item.type === 'function_call_output');
        return { type: 'text', text: `Read ${outputs.map((item) => item.call_id).join(' and ')}.` };
      },
    );
    const chat = client();
    const first: ModelRequest = {
      instructions: 'Be brief.',
      input: [{ type: 'message', role: 'user', content: 'this week and last?' }],
      tools: [weeklyStats],
    };

    const calls = await chat.respond(first);

    assert.match(calls.id, /^chatcmpl-/);
    assert.deepEqual(calls.output, [
      { type: 'function_call', callId: 'call_a', name: 'weekly_stats', arguments: '{"week":null}' },
      { type: 'function_call', callId: 'call_b', name: 'weekly_stats', arguments: '{"week":"2026-W47"}' },
    ]);
    const outputs = calls.output.map((call) => ({
      type: 'function_call_output' as const,
      callId: call.type === 'function_call' ? call.callId : '',
      output: '{"ok":true}',
    }));
    const answer = await chat.respond({
      ...first,
      input: [...first.input, ...calls.output.filter((item) => item.type === 'function_call'), ...outputs],
    });

    assert.deepEqual(answer.output, [{ type: 'message', text: 'Read call_a and call_b.' }]);
    assert.ok(answer.usage.inputTokens > 0 && answer.usage.outputTokens > 0);
  });

  it('needs an API key unless a base URL is given', () => {
    assert.throws(() => createOpenAIChatClient({ model: 'gpt-5-mini' }), /OPENAI_API_KEY is required/);
  });
});
