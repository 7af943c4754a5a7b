/**
 * "digest now": this week's digest so far, as the weekly one would say it. The chart is drawn after the message
 * commits (handle-message.ts), and only for an adapter that can show it.
 */
import { buildDigest } from '../../digest/build-digests.ts';
import { digestBudgetLines } from '../../digest/digest-budgets.ts';
import { renderDigestText } from '../../digest/render-digest-text.ts';
import { isoWeekOf } from '../../time/period.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function digestNow(ctx: CommandContext): Promise<CommandResult> {
  const week = isoWeekOf(ctx.today);
  const digest = await buildDigest(ctx.store, ctx.user, week);
  const budgets = await digestBudgetLines(ctx.store, ctx.user, week, ctx.today);
  const text = [renderDigestText(digest, ctx.user), ...(budgets.length > 0 ? ['', ...budgets] : [])].join('\n');
  return { reply: textReply('digest', text), digest };
}
