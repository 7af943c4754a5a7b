/**
 * Which OpenAI API the test harnesses speak to the fake server: Responses unless FINBOT_TEST_OPENAI_STYLE says
 * chat (set by the suites that run the model tests again over Chat Completions).
 */
import { createModelClient, type ModelClientOptions } from '../../src/assistant/create-model-client.ts';
import type { ModelClient } from '../../src/core/assistant/model-client.ts';

export const testStyleVariable = 'FINBOT_TEST_OPENAI_STYLE';

export type TestOpenAIStyle = 'responses' | 'chat';

export function testOpenAIStyle(): TestOpenAIStyle {
  const value = process.env[testStyleVariable] ?? 'responses';
  if (value !== 'responses' && value !== 'chat') throw new Error(`${testStyleVariable} must be responses or chat`);
  return value;
}

/** The real SDK against the fake at `baseURL`, in the style this test process runs in. */
export function createTestModelClient(baseURL: string, options: Partial<ModelClientOptions> = {}): ModelClient {
  return createModelClient({ style: testOpenAIStyle(), baseURL, apiKey: 'sk-test', model: 'fake-model', ...options });
}
