/** The model port over the OpenAI Chat Completions API (official SDK), for servers that serve only /v1/chat/completions. */
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageFunctionToolCall,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type {
  ModelClient,
  ModelInputItem,
  ModelOutputItem,
  ModelRequest,
  ModelResponse,
} from '../core/assistant/model-client.ts';
import { ModelError } from '../core/assistant/model-error.ts';
import { createOpenAISdk, type OpenAIConnectionOptions } from './create-openai-sdk.ts';
import { toModelError } from './openai-model-error.ts';

export type OpenAIChatOptions = OpenAIConnectionOptions;

/** A ModelClient over `client.chat.completions`, with the SDK's own retries off and failures mapped to ModelError. */
export function createOpenAIChatClient(options: OpenAIChatOptions): ModelClient {
  const client = createOpenAISdk(options);
  return {
    respond: async (request) => {
      try {
        return toModelResponse(await client.chat.completions.create(toChatRequest(options, request)));
      } catch (error) {
        throw toModelError(error);
      }
    },
  };
}

function toChatRequest(options: OpenAIChatOptions, request: ModelRequest): ChatCompletionCreateParamsNonStreaming {
  return {
    model: options.model,
    messages: [{ role: 'system', content: request.instructions }, ...toMessages(request.input)],
    // Servers refuse an empty tool list, and a tool_choice without tools.
    ...(request.tools.length > 0
      ? {
          tools: request.tools.map((tool) => ({
            type: 'function' as const,
            function: {
              name: tool.name,
              description: tool.description,
              parameters: { ...tool.parameters },
              strict: tool.strict,
            },
          })),
          tool_choice: request.toolChoice ?? 'auto',
        }
      : {}),
    ...(options.maxOutputTokens ? { max_completion_tokens: options.maxOutputTokens } : {}),
  };
}

/** Calls made in one round become one assistant message with several tool_calls, as the model sent them. */
function toMessages(input: ReadonlyArray<ModelInputItem>): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  let calls: ChatCompletionMessageFunctionToolCall[] | undefined;
  for (const item of input) {
    if (item.type === 'function_call') {
      const call = {
        id: item.callId,
        type: 'function' as const,
        function: { name: item.name, arguments: item.arguments },
      };
      if (calls) {
        calls.push(call);
      } else {
        calls = [call];
        messages.push({ role: 'assistant', content: null, tool_calls: calls });
      }
      continue;
    }
    calls = undefined;
    if (item.type === 'message') {
      messages.push({ role: item.role, content: item.content });
    } else {
      messages.push({ role: 'tool', tool_call_id: item.callId, content: item.output });
    }
  }
  return messages;
}

function toModelResponse(completion: ChatCompletion): ModelResponse {
  const choice = typeof completion === 'object' && completion !== null ? completion.choices?.[0] : undefined;
  if (!choice?.message) {
    throw new ModelError('the server answered without a chat completion', { retryable: true, code: 'bad_response' });
  }
  if (choice.finish_reason === 'length' || choice.finish_reason === 'content_filter') {
    // Cut short by the output limit or a filter: the same request would end the same way. The codes are the
    // Responses API's, so both styles report a cut-off answer alike.
    const reason = choice.finish_reason === 'length' ? 'max_output_tokens' : 'content_filter';
    throw new ModelError(`chat completion cut short: ${reason}`, { retryable: false, code: reason });
  }
  const output: ModelOutputItem[] = [];
  const text = (choice.message.content ?? choice.message.refusal ?? '').trim();
  if (text) output.push({ type: 'message', text });
  for (const call of choice.message.tool_calls ?? []) {
    if (call.type !== 'function') continue;
    output.push({
      type: 'function_call',
      callId: call.id,
      name: call.function.name,
      arguments: call.function.arguments,
    });
  }
  const cached = completion.usage?.prompt_tokens_details?.cached_tokens ?? undefined;
  return {
    id: completion.id,
    output,
    usage: {
      inputTokens: completion.usage?.prompt_tokens ?? 0,
      outputTokens: completion.usage?.completion_tokens ?? 0,
      // Servers without a prompt cache leave the count out.
      ...(cached === undefined ? {} : { cachedInputTokens: cached }),
    },
  };
}
