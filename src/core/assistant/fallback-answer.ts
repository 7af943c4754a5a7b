/** The deterministic answer used instead of a reply that cannot be trusted: the tools' own summaries of the facts. */
import type { ToolCallRecord } from './tool-registry.ts';

export const noFiguresAnswer =
  'I could not answer that with figures I can check. Try "how much did I spend this week?" or "list my expenses".';

/** The tools' summaries of this run, once each; a fixed hint when no tool said anything useful. */
export function fallbackAnswer(toolCalls: ReadonlyArray<ToolCallRecord>): string {
  const summaries = toolCalls.map((call) => call.summary).filter((summary): summary is string => summary !== null);
  // The same question asked twice gives the same summary; say it once.
  const distinct = [...new Set(summaries)];
  return distinct.length > 0 ? distinct.join('\n\n') : noFiguresAnswer;
}
