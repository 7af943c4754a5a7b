import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { parseConfig } from '../../src/app/config.ts';
import { createModelClient, type StyleLog } from '../../src/assistant/create-model-client.ts';
import type { ModelRequest } from '../../src/core/assistant/model-client.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';

const request: ModelRequest = {
  instructions: 'Be brief.',
  input: [{ type: 'message', role: 'user', content: 'how much this week?' }],
  tools: [],
};

function recordingLog(): StyleLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (fields) => lines.push(fields.apiStyle) };
}

describe('OPENAI_API_STYLE', () => {
  let fake: FakeOpenAI | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  const paths = () => (fake?.requests ?? []).map((recorded) => recorded.path);

  it('auto moves to Chat Completions after one 404 from /responses, and stays there', async () => {
    fake = await startFakeOpenAI({ chatOnly: true, fallback: { type: 'text', text: 'Fine.' } });
    const log = recordingLog();
    const model = createModelClient({ style: 'auto', baseURL: fake.baseURL, model: 'fake-model', log });

    for (let i = 0; i < 3; i++) {
      assert.deepEqual((await model.respond(request)).output, [{ type: 'message', text: 'Fine.' }]);
    }

    assert.deepEqual(paths(), [
      '/v1/responses',
      '/v1/chat/completions',
      '/v1/chat/completions',
      '/v1/chat/completions',
    ]);
    assert.deepEqual(log.lines, ['chat']);
  });

  it('auto questions sent at once meet the 404 once between them', async () => {
    fake = await startFakeOpenAI({ chatOnly: true, fallback: { type: 'text', text: 'Fine.', delayMs: 50 } });
    const model = createModelClient({ style: 'auto', baseURL: fake.baseURL, model: 'fake-model' });

    await Promise.all(Array.from({ length: 5 }, () => model.respond(request)));

    assert.equal(paths().filter((path) => path === '/v1/responses').length, 1);
    assert.equal(paths().filter((path) => path === '/v1/chat/completions').length, 5);
  });

  it('auto stays on the Responses API when the server serves it, and says so once', async () => {
    fake = await startFakeOpenAI({ fallback: { type: 'text', text: 'Fine.' } });
    const log = recordingLog();
    const model = createModelClient({ style: 'auto', baseURL: fake.baseURL, model: 'fake-model', log });

    await model.respond(request);
    await model.respond(request);

    assert.deepEqual(paths(), ['/v1/responses', '/v1/responses']);
    assert.deepEqual(log.lines, ['responses']);
  });

  it('auto decides nothing from a 404 on both APIs (a wrong base URL) and asks again next time', async () => {
    fake = await startFakeOpenAI({ fallback: { type: 'text', text: 'Fine.' } });
    const log = recordingLog();
    const model = createModelClient({ style: 'auto', baseURL: `${fake.baseURL}/nowhere`, model: 'fake-model', log });

    await assert.rejects(model.respond(request), { name: 'ModelError', status: 404, retryable: false });
    await assert.rejects(model.respond(request), { name: 'ModelError', status: 404 });

    assert.deepEqual(paths(), [
      '/v1/nowhere/responses',
      '/v1/nowhere/chat/completions',
      '/v1/nowhere/responses',
      '/v1/nowhere/chat/completions',
    ]);
    assert.deepEqual(log.lines, []);
  });

  it('responses and chat each speak only their own API', async () => {
    fake = await startFakeOpenAI({ chatOnly: true, fallback: { type: 'text', text: 'Fine.' } });
    const responses = createModelClient({ style: 'responses', baseURL: fake.baseURL, model: 'fake-model' });
    const chat = createModelClient({ style: 'chat', baseURL: fake.baseURL, model: 'fake-model' });

    await assert.rejects(responses.respond(request), { name: 'ModelError', status: 404, code: 'not_found' });
    await chat.respond(request);

    assert.deepEqual(paths(), ['/v1/responses', '/v1/chat/completions']);
  });

  it('defaults to auto; any other value is refused naming the variable', () => {
    assert.equal(parseConfig({}).OPENAI_API_STYLE, 'auto');
    assert.equal(parseConfig({ OPENAI_API_STYLE: 'chat' }).OPENAI_API_STYLE, 'chat');
    assert.throws(
      () => parseConfig({ OPENAI_API_STYLE: 'completions' }),
      /^ConfigError: Invalid configuration: OPENAI_API_STYLE: must be responses, chat or auto$/,
    );
  });
});
