/**
 * A scripted model for the fake server that behaves as a capable one would: first it calls the tools the
 * question needs, then it answers quoting a "formatted" amount the tools returned, as finbot's rules ask.
 */
import type { FakeTurn, ResponsesRequestBody } from '../../test/support/fake-openai-server.ts';
import { lastQuestion } from '../../test/support/summary-model.ts';
import type { QuestionKind } from './question-kinds.ts';

/** Answers every request by the question it ends with; a question it was not given gets a plain reply. */
export function toolThenAnswerModel(kinds: ReadonlyArray<QuestionKind>): (body: ResponsesRequestBody) => FakeTurn {
  const byText = new Map(kinds.map((kind) => [kind.text, kind]));
  return (body) => {
    const question = lastQuestion(body);
    const kind = byText.get(question);
    const outputs = (body.input ?? []).filter((item) => item.type === 'function_call_output');
    // Tool outputs after the question mean the calls were made: time to answer.
    const answered = outputs.length > 0 && isAfterLastUserMessage(body, outputs.at(-1));
    if (kind?.calls && !answered) return { type: 'calls', calls: kind.calls };
    const amount = answered ? firstFormattedAmount(String(outputs.at(-1)?.output)) : undefined;
    return {
      type: 'text',
      text: amount ? `From your records: ${amount}.` : 'I can help with questions about your own spending.',
    };
  };
}

function isAfterLastUserMessage(body: ResponsesRequestBody, item: Record<string, unknown> | undefined): boolean {
  const input = body.input ?? [];
  const lastUser = input.findLastIndex((entry) => entry.type === 'message' && entry.role === 'user');
  return item !== undefined && input.indexOf(item) > lastUser;
}

function firstFormattedAmount(toolOutput: string): string | undefined {
  return /"formatted":"([^"]+)"/.exec(toolOutput)?.[1];
}
