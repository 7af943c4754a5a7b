/** A scripted model for run tests: asks spending_summary, then quotes the total the tool returned. */
import type { FakeTurn, ResponsesRequestBody } from './fake-openai-server.ts';

export interface SummaryModelOptions {
  /** Delay before each answer, to simulate a slow model. */
  readonly delayMs?: number;
  /** Replaces the quoted total, to test the grounding check. */
  readonly quote?: (formatted: string) => string;
}

export function summaryModel(options: SummaryModelOptions = {}): (body: ResponsesRequestBody) => FakeTurn {
  return (body) => {
    const outputs = (body.input ?? []).filter((item) => item.type === 'function_call_output');
    const last = outputs.at(-1);
    if (!last) {
      return {
        type: 'calls',
        delayMs: options.delayMs,
        calls: [
          {
            name: 'spending_summary',
            arguments: {
              period: { kind: 'this_week', days: null, week: null, from: null, to: null },
              category: null,
              group_by: 'category',
            },
          },
        ],
      };
    }
    const result = JSON.parse(String(last.output)) as { totals?: Array<{ total: { formatted: string } }> };
    const formatted = result.totals?.[0]?.total.formatted ?? 'nothing';
    const quoted = options.quote ? options.quote(formatted) : formatted;
    return {
      type: 'text',
      delayMs: options.delayMs,
      text: `This week you spent ${quoted} in all. (${lastQuestion(body)})`,
    };
  };
}

/** The latest user message in the request, so answers can be matched to questions. */
export function lastQuestion(body: ResponsesRequestBody): string {
  const messages = (body.input ?? []).filter((item) => item.type === 'message' && item.role === 'user');
  const content = messages.at(-1)?.content;
  return typeof content === 'string' ? content : JSON.stringify(content);
}
