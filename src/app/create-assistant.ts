/** The model side of runs, when OPENAI_API_KEY is set: the Responses API client and the run executor. */
import { createOpenAIResponsesClient } from '../assistant/openai-responses-client.ts';
import { createModelRunExecutor } from '../core/assistant/model-run-executor.ts';
import type { RunExecutor } from '../core/ports/run-executor.ts';
import type { App } from './create-app.ts';

export function createAssistantExecutor(app: App): RunExecutor | undefined {
  const { config } = app;
  if (!config.OPENAI_API_KEY) return undefined;
  const model = createOpenAIResponsesClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_SECONDS * 1000,
  });
  return createModelRunExecutor({
    store: app.store,
    clock: app.clock,
    model,
    settings: app.settings,
  });
}
