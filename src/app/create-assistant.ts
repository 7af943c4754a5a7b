/** The model side of runs, when OPENAI_API_KEY is set: the OpenAI client (Responses or Chat) and the run executor. */
import { createModelClient } from '../assistant/create-model-client.ts';
import { retryModelCalls } from '../assistant/retry-model-calls.ts';
import { createModelRunExecutor } from '../core/assistant/model-run-executor.ts';
import type { RunExecutor } from '../core/ports/run-executor.ts';
import type { App } from './app-parts.ts';

export function createAssistantExecutor(app: App): RunExecutor | undefined {
  const { config } = app;
  if (!config.OPENAI_API_KEY) return undefined;
  const model = retryModelCalls(
    createModelClient({
      style: config.OPENAI_API_STYLE,
      log: app.log,
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_SECONDS * 1000,
    }),
  );
  return createModelRunExecutor({
    store: app.store,
    clock: app.clock,
    model,
    settings: app.settings,
  });
}
