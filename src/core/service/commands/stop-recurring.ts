/** "stop recurring rent": ends the user's recurring expenses of that name; what was recorded stays. */
import { categoryKey } from '../../domain/category.ts';
import { formatRule } from '../../format/recurring-schedule.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function stopRecurring(ctx: CommandContext, name: string): Promise<CommandResult> {
  const rules = await ctx.store.listRecurringRules(ctx.user.id);
  const wanted = categoryKey(name);
  // The note is the user's own word ("netflix" under entertainment): it names a rule more closely than its category.
  const byNote = rules.filter((rule) => categoryKey(rule.note ?? '') === wanted);
  const matching = byNote.length > 0 ? byNote : rules.filter((rule) => categoryKey(rule.category) === wanted);
  if (matching.length === 0) {
    const names = [...new Set(rules.map((rule) => rule.note ?? rule.category))];
    return {
      reply: textReply(
        'not_found',
        names.length === 0
          ? 'You have no recurring expenses.'
          : `No recurring expense called "${name}". Yours: ${names.join(', ')}.`,
      ),
    };
  }
  await ctx.store.stopRecurringRules(
    ctx.user.id,
    matching.map((rule) => rule.id),
    ctx.now,
  );
  const lines = matching.map((rule) => `• ${formatRule(rule, ctx.user.locale)}`);
  return {
    reply: textReply('recurring_stopped', [`Stopped (expenses already recorded stay):`, ...lines].join('\n')),
    events: matching.map((rule) => `recurring expense stopped: ${rule.category}`),
  };
}
