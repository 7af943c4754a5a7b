/** "recurring": the user's recurring expenses, each with when it comes next. */
import { formatRuleLine } from '../../format/recurring-schedule.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function listRecurring(ctx: CommandContext): Promise<CommandResult> {
  const rules = await ctx.store.listRecurringRules(ctx.user.id);
  if (rules.length === 0) {
    return {
      reply: textReply(
        'recurring_list',
        'No recurring expenses yet. Say "rent 15000 every month on the 1st" or "netflix 649 monthly" to set one up.',
      ),
    };
  }
  const lines = rules.map((rule) => `• ${formatRuleLine(rule, ctx.user.locale, ctx.today)}`);
  return {
    reply: textReply(
      'recurring_list',
      ['Your recurring expenses:', ...lines, 'Say "stop recurring <name>" to end one.'].join('\n'),
    ),
  };
}
