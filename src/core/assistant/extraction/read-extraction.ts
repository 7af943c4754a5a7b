/** What one model response to the extraction says: an expense's arguments, "not an expense", or nothing usable. */
import type { ModelResponse } from '../model-client.ts';
import { notAnExpenseToolName, recordExpenseToolName } from './extraction-tools.ts';

export type ExtractionAnswer =
  | { readonly kind: 'expense'; readonly args: unknown }
  | { readonly kind: 'not_an_expense' }
  /** Several calls, an unknown tool or unreadable JSON: `reason` is a sentence for the user. */
  | { readonly kind: 'unreadable'; readonly reason: string };

export function readExtraction(response: ModelResponse): ExtractionAnswer {
  const calls = response.output.filter((item) => item.type === 'function_call');
  // Text instead of a call is the model declining; its words are not passed on.
  if (calls.length === 0) return { kind: 'not_an_expense' };
  if (calls.length > 1) return { kind: 'unreadable', reason: 'It could be more than one expense.' };
  const [call] = calls;
  if (call?.name === notAnExpenseToolName) return { kind: 'not_an_expense' };
  if (call?.name !== recordExpenseToolName) return { kind: 'unreadable', reason: "I couldn't read it as an expense." };
  try {
    return { kind: 'expense', args: JSON.parse(call.arguments) as unknown };
  } catch {
    return { kind: 'unreadable', reason: "I couldn't read it as an expense." };
  }
}
