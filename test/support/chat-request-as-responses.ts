/**
 * A Chat Completions request body turned into the Responses API's shape, so scripted turns, tests and
 * benchmarks read one kind of request whichever API the client spoke.
 */
import type { ResponsesRequestBody } from './fake-openai-server.ts';

type Json = Record<string, unknown>;

export function chatRequestAsResponses(chat: Json): ResponsesRequestBody {
  const messages = (chat.messages ?? []) as Json[];
  const instructions = messages
    .filter((message) => message.role === 'system' || message.role === 'developer')
    .map((message) => textOf(message.content))
    .join('\n');
  const input: Json[] = [];
  for (const message of messages) {
    if (message.role === 'user' || message.role === 'assistant') {
      if (message.content !== null && message.content !== undefined) {
        input.push({ type: 'message', role: message.role, content: textOf(message.content) });
      }
      for (const call of (message.tool_calls ?? []) as Json[]) {
        const fn = call.function as Json;
        input.push({ type: 'function_call', call_id: call.id, name: fn.name, arguments: fn.arguments });
      }
    } else if (message.role === 'tool') {
      input.push({ type: 'function_call_output', call_id: message.tool_call_id, output: textOf(message.content) });
    }
  }
  const tools = ((chat.tools ?? []) as Json[]).map((tool) => ({ type: 'function', ...(tool.function as Json) }));
  return {
    model: chat.model,
    instructions,
    input,
    tools,
    ...(chat.tool_choice !== undefined ? { tool_choice: chat.tool_choice } : {}),
  };
}

/** Message content is a string or a list of text parts. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => String((part as Json).text ?? '')).join('');
  return '';
}
