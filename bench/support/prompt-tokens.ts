/**
 * Prompt tokens of a request as sent, counted with the o200k_base tokenizer (GPT-4o and later). Tool
 * definitions are counted as their JSON; the server renders them its own way, which differs by a few percent.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { ResponsesRequestBody } from '../../test/support/fake-openai-server.ts';

export { countTokens };

/** Where a request's prompt tokens go. */
export interface PromptParts {
  readonly instructions: number;
  readonly tools: number;
  /** finbot's note of the user's settings and today, which opens the input. */
  readonly note: number;
  /** Earlier thread messages sent as context. */
  readonly history: number;
  readonly question: number;
  /** Tool calls of earlier rounds and their outputs. */
  readonly toolResults: number;
}

export const promptPartNames: ReadonlyArray<keyof PromptParts> = [
  'instructions',
  'tools',
  'note',
  'history',
  'question',
  'toolResults',
];

/**
 * Instructions, tool definitions and every input item's text of one POST /v1/responses body, by part. `note` is
 * the text the first input item starts with when finbot's note opens it (a history message may share that item).
 */
export function responsesPromptParts(body: ResponsesRequestBody, note = ''): PromptParts {
  const input = body.input ?? [];
  const questionAt = input.findLastIndex((item) => item.type === 'message' && item.role === 'user');
  const tokensOf = (items: ReadonlyArray<Record<string, unknown>>) =>
    items.reduce((sum, item) => sum + countTokens(inputItemText(item)), 0);
  const history = tokensOf(input.slice(0, Math.max(0, questionAt)));
  const noteTokens = startsWithNote(body, note) ? countTokens(note) : 0;
  return {
    instructions: countTokens(body.instructions ?? ''),
    tools: body.tools && body.tools.length > 0 ? countTokens(JSON.stringify(body.tools)) : 0,
    // Tokenizing apart moves a token or so at the seam; the history keeps what is left, never below zero.
    note: noteTokens,
    history: Math.max(0, history - noteTokens),
    question: tokensOf(questionAt < 0 ? [] : input.slice(questionAt, questionAt + 1)),
    toolResults: tokensOf(input.slice(questionAt + 1)),
  };
}

/** All prompt tokens of one POST /v1/responses body. */
export function responsesPromptTokens(body: ResponsesRequestBody): number {
  const parts = responsesPromptParts(body);
  return promptPartNames.reduce((sum, name) => sum + parts[name], 0);
}

/** Whether the body's first input item is a message that begins with `note`. */
export function startsWithNote(body: ResponsesRequestBody, note: string): boolean {
  const first = body.input?.[0];
  return (
    note !== '' && first?.type === 'message' && typeof first.content === 'string' && first.content.startsWith(note)
  );
}

/** The text the model reads of one input item: a message's content, a call's name and arguments, or a tool's output. */
function inputItemText(item: Record<string, unknown>): string {
  switch (item.type) {
    case 'function_call':
      return `${String(item.name)} ${String(item.arguments)}`;
    case 'function_call_output':
      return String(item.output);
    default:
      return typeof item.content === 'string' ? item.content : JSON.stringify(item.content);
  }
}
