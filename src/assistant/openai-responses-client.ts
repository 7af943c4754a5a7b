/** The model port over the OpenAI Responses API (official SDK); works with any server that speaks /v1/responses. */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type {
  Response,
  ResponseCreateParamsNonStreaming,
  ResponseInputItem,
} from 'openai/resources/responses/responses';
import type { ModelClient, ModelInputItem, ModelOutputItem, ModelResponse } from '../core/assistant/model-client.ts';
import { ModelError } from '../core/assistant/model-error.ts';

export interface OpenAIResponsesOptions {
  /** OPENAI_API_KEY; local servers that need none may leave it out when `baseURL` is set. */
  readonly apiKey?: string | undefined;
  /** OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama; the SDK's default is OpenAI. */
  readonly baseURL?: string | undefined;
  /** OPENAI_MODEL. */
  readonly model: string;
  /** Per HTTP request; a timeout is a retryable ModelError. Default 60 s. */
  readonly timeoutMs?: number;
  /**
   * Background mode: create, then poll until done. Needs stored responses (`store: true` is sent),
   * which local servers mostly lack; use it for slow models behind proxies that cut long requests.
   */
  readonly background?: boolean;
  readonly pollIntervalMs?: number;
  /** How long a background response may take in all before giving up (retryably). Default 5 minutes. */
  readonly backgroundTimeoutMs?: number;
  readonly maxOutputTokens?: number;
  /** For tests: a different fetch. */
  readonly fetch?: typeof fetch;
}

const pending = new Set(['queued', 'in_progress']);

/** A ModelClient over `client.responses`, with the SDK's own retries off and failures mapped to ModelError. */
export function createOpenAIResponsesClient(options: OpenAIResponsesOptions): ModelClient {
  if (!options.apiKey && !options.baseURL) {
    throw new Error('OPENAI_API_KEY is required unless OPENAI_BASE_URL points at a server that needs no key');
  }
  const client = new OpenAI({
    // Local servers ignore the key, but the SDK insists on one.
    apiKey: options.apiKey || 'unused',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    // The queue owns retrying: it knows about attempts, backoff and what the tools already did.
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const background = options.background ?? false;

  return {
    respond: async (request) => {
      const body: ResponseCreateParamsNonStreaming = {
        model: options.model,
        instructions: request.instructions,
        input: request.input.map(toInputItem),
        tools: request.tools.map((tool) => ({
          type: 'function',
          name: tool.name,
          description: tool.description,
          parameters: { ...tool.parameters },
          strict: tool.strict,
        })),
        tool_choice: request.toolChoice ?? 'auto',
        // We resend the conversation each round, so nothing needs keeping server-side unless we poll for it.
        store: background,
        ...(background ? { background: true } : {}),
        ...(options.maxOutputTokens ? { max_output_tokens: options.maxOutputTokens } : {}),
      };
      try {
        let response = await client.responses.create(body);
        if (background || pending.has(response.status ?? 'completed')) {
          response = await poll(
            client,
            response,
            options.pollIntervalMs ?? 1000,
            options.backgroundTimeoutMs ?? 300_000,
          );
        }
        return toModelResponse(response);
      } catch (error) {
        throw toModelError(error);
      }
    },
  };
}

async function poll(client: OpenAI, first: Response, intervalMs: number, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let response = first;
  while (pending.has(response.status ?? 'completed')) {
    if (Date.now() >= deadline) {
      await client.responses.cancel(response.id).catch(() => undefined);
      throw new ModelError(`response ${response.id} still ${response.status} after ${timeoutMs} ms`, {
        retryable: true,
        code: 'timeout',
      });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    response = await client.responses.retrieve(response.id);
  }
  return response;
}

function toInputItem(item: ModelInputItem): ResponseInputItem {
  switch (item.type) {
    case 'message':
      return { type: 'message', role: item.role, content: item.content };
    case 'function_call':
      return { type: 'function_call', call_id: item.callId, name: item.name, arguments: item.arguments };
    case 'function_call_output':
      return { type: 'function_call_output', call_id: item.callId, output: item.output };
  }
}

function toModelResponse(response: Response): ModelResponse {
  if (typeof response !== 'object' || response === null || !Array.isArray(response.output)) {
    throw new ModelError('the server answered without a response object', { retryable: true, code: 'bad_response' });
  }
  if (response.status === 'failed') {
    const code = response.error?.code ?? 'failed';
    throw new ModelError(`response failed: ${response.error?.message ?? code}`, {
      retryable: code === 'server_error' || code === 'rate_limit_exceeded',
      code,
    });
  }
  if (response.status === 'incomplete' || response.status === 'cancelled') {
    // Cut short (output limit, content filter) or cancelled: the same request would end the same way.
    const reason = response.incomplete_details?.reason ?? response.status;
    throw new ModelError(`response ${response.status}: ${reason}`, { retryable: false, code: reason });
  }
  const output: ModelOutputItem[] = [];
  for (const item of response.output) {
    if (item.type === 'function_call') {
      output.push({ type: 'function_call', callId: item.call_id, name: item.name, arguments: item.arguments });
    } else if (item.type === 'message') {
      const text = item.content
        .map((part) => (part.type === 'output_text' ? part.text : part.refusal))
        .join('')
        .trim();
      if (text) output.push({ type: 'message', text });
    }
    // Reasoning and other items are not resent: we do not chain responses, and local servers would not know them.
  }
  return {
    id: response.id,
    output,
    usage: { inputTokens: response.usage?.input_tokens ?? 0, outputTokens: response.usage?.output_tokens ?? 0 },
  };
}

/** Sorts SDK failures into retryable (rate limits, server errors, timeouts, dropped connections) or not. */
export function toModelError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof APIConnectionTimeoutError || isAbort(error)) {
    return new ModelError('the model server did not answer in time', {
      retryable: true,
      code: 'timeout',
      cause: error,
    });
  }
  if (error instanceof APIUserAbortError) {
    return new ModelError('the request was aborted', { retryable: true, code: 'aborted', cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ModelError(`could not reach the model server: ${error.message}`, {
      retryable: true,
      code: 'connection',
      cause: error,
    });
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryAfterMs = retryAfter(error.headers);
    // A used-up quota also comes as 429, but waiting a few minutes will not fix it.
    const quota = error.code === 'insufficient_quota';
    const retryable = !quota && (status === 408 || status === 409 || status === 429 || status >= 500);
    const code =
      status === 429
        ? quota
          ? 'insufficient_quota'
          : 'rate_limited'
        : status >= 500
          ? 'server_error'
          : httpCode(status);
    return new ModelError(`model server answered ${status}: ${error.message}`, {
      retryable,
      status,
      code,
      cause: error,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (error instanceof SyntaxError) {
    // A 200 whose body is not JSON: a proxy cut it short or a server hiccuped. Worth another try, within the
    // queue's attempt limit; a server that always does this fails the run after those attempts.
    return new ModelError(`the model server sent a body that is not JSON: ${error.message}`, {
      retryable: true,
      code: 'bad_response',
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError(`model call failed: ${message}`, { retryable: false, code: 'unexpected', cause: error });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function httpCode(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return 'bad_request';
    case 401:
    case 403:
      return 'unauthorized';
    case 404:
      return 'not_found';
    default:
      return `http_${status}`;
  }
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
