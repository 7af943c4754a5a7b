/** The assistant's tools bound to one user: definitions for the model, and dispatch of the calls it makes. */
import type { ModelToolDefinition } from './model-client.ts';
import { addExpenseTool } from './tools/add-expense-tool.ts';
import type { AssistantTool, ToolContext } from './tools/assistant-tool.ts';
import { budgetStatusTool } from './tools/budget-status-tool.ts';
import { deleteExpenseTool } from './tools/delete-expense-tool.ts';
import { editExpenseTool } from './tools/edit-expense-tool.ts';
import { listExpensesTool } from './tools/list-expenses-tool.ts';
import { spendingSummaryTool } from './tools/spending-summary-tool.ts';
import { weeklyStatsTool } from './tools/weekly-stats-tool.ts';

/** All tools, in the order the model sees them: questions first, changes last. */
export const assistantTools: ReadonlyArray<AssistantTool> = [
  spendingSummaryTool,
  listExpensesTool,
  weeklyStatsTool,
  budgetStatusTool,
  addExpenseTool,
  editExpenseTool,
  deleteExpenseTool,
];

/** The tools that add to or change the user's data; the rest only read. */
export const changeToolNames: ReadonlySet<string> = new Set([
  addExpenseTool.definition.name,
  editExpenseTool.definition.name,
  deleteExpenseTool.definition.name,
]);

export interface ToolCall {
  readonly callId: string;
  readonly name: string;
  /** The JSON text the model sent. */
  readonly arguments: string;
}

/** One call and what came of it, kept for the run's record, grounding and the fallback answer. */
export interface ToolCallRecord extends ToolCall {
  readonly ok: boolean;
  /** The JSON text sent back to the model. */
  readonly output: string;
  /** The parsed result, for grounding. */
  readonly result: Readonly<Record<string, unknown>>;
  readonly summary: string | null;
  readonly events: ReadonlyArray<string>;
}

export interface ToolRegistry {
  readonly definitions: ReadonlyArray<ModelToolDefinition>;
  /**
   * Runs one call as the bound user. Unparseable JSON, unknown tools and invalid arguments become error
   * outputs the model can correct; only storage failures throw.
   */
  run(call: ToolCall): Promise<ToolCallRecord>;
}

/** Binds the tools to one user's context; nothing the model sends can change who they act for. */
export function createToolRegistry(
  context: ToolContext,
  tools: ReadonlyArray<AssistantTool> = assistantTools,
): ToolRegistry {
  const byName = new Map(tools.map((tool) => [tool.definition.name, tool]));
  // Some local servers reuse call ids ("call_0" every round); a repeat gets its own key so it is not taken
  // for a replay. The numbering follows call order, so a replayed run numbers the same way.
  const seen = new Map<string, number>();
  return {
    definitions: tools.map((tool) => tool.definition),
    run: async (call) => {
      const tool = byName.get(call.name);
      if (!tool) return failed(call, `Unknown tool "${call.name}".`);
      let args: unknown;
      try {
        args = JSON.parse(call.arguments === '' ? '{}' : call.arguments);
      } catch {
        return failed(call, 'The arguments are not valid JSON.');
      }
      const occurrence = (seen.get(call.callId) ?? 0) + 1;
      seen.set(call.callId, occurrence);
      const keyId = occurrence === 1 ? call.callId : `${call.callId}#${occurrence}`;
      const outcome = await tool.run(args, context, keyId);
      return {
        ...call,
        ok: outcome.result.ok === true,
        output: JSON.stringify(outcome.result),
        result: outcome.result,
        summary: outcome.summary,
        events: outcome.events ?? [],
      };
    },
  };
}

function failed(call: ToolCall, error: string): ToolCallRecord {
  const result = { ok: false, error };
  return { ...call, ok: false, output: JSON.stringify(result), result, summary: null, events: [] };
}
