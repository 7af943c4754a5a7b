/**
 * A model that answers at once, in process: it asks spending_summary for this week, then quotes the total the
 * tool returned. What a run costs besides the model itself is what is left to measure.
 */
import type { ModelClient } from '../../src/core/assistant/model-client.ts';

export function createInstantModel(): ModelClient {
  let responses = 0;
  return {
    async respond(request) {
      responses += 1;
      const id = `instant_${responses}`;
      const output = request.input.findLast((item) => item.type === 'function_call_output');
      if (!output) {
        const period = { kind: 'this_week', days: null, week: null, from: null, to: null };
        const args = JSON.stringify({ period, category: null, group_by: 'none' });
        return {
          id,
          output: [{ type: 'function_call', callId: `call_${responses}`, name: 'spending_summary', arguments: args }],
          usage: { inputTokens: 0, outputTokens: 0 },
        };
      }
      const amount = /"formatted":"([^"]+)"/.exec(output.output)?.[1] ?? 'nothing';
      return {
        id,
        output: [{ type: 'message', text: `This week you spent ${amount}.` }],
        usage: { inputTokens: 0, outputTokens: 0 },
      };
    },
  };
}
