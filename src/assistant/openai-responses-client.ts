/** The model port over the OpenAI Responses API (official SDK); works with any server that speaks /v1/responses. */
import type OpenAI from 'openai';
import type {
  Response,
  ResponseCreateParamsNonStreaming,
  ResponseInputItem,
} from 'openai/resources/responses/responses';
import type { ModelClient, ModelInputItem, ModelOutputItem, ModelResponse } from '../core/assistant/model-client.ts';
import { ModelError } from '../core/assistant/model-error.ts';
import { createOpenAISdk, type OpenAIConnectionOptions } from './create-openai-sdk.ts';
import { toModelError } from './openai-model-error.ts';

export interface OpenAIResponsesOptions extends OpenAIConnectionOptions {
  /**
   * Background mode: create, then poll until done. Needs stored responses (`store: true` is sent),
   * which local servers mostly lack; use it for slow models behind proxies that cut long requests.
   */
  readonly background?: boolean;
  readonly pollIntervalMs?: number;
  /** How long a background response may take in all before giving up (retryably). Default 5 minutes. */
  readonly backgroundTimeoutMs?: number;
}

const pending = new Set(['queued', 'in_progress']);

/** A ModelClient over `client.responses`, with the SDK's own retries off and failures mapped to ModelError. */
export function createOpenAIResponsesClient(options: OpenAIResponsesOptions): ModelClient {
  const client = createOpenAISdk(options);
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
  const cached = response.usage?.input_tokens_details?.cached_tokens ?? undefined;
  return {
    id: response.id,
    output,
    usage: {
      inputTokens: response.usage?.input_tokens ?? 0,
      outputTokens: response.usage?.output_tokens ?? 0,
      // Servers without a prompt cache leave the count out.
      ...(cached === undefined ? {} : { cachedInputTokens: cached }),
    },
  };
}
