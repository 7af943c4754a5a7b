/**
 * "digest now": this week's digest so far, as the weekly one would say it. The chart is drawn after the message
 * commits (handle-message.ts), and only for an adapter that can show it.
 */
import { buildDigest } from '../../digest/build-digests.ts';
import { renderDigestText } from '../../digest/render-digest-text.ts';
import { isoWeekOf } from '../../time/period.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function digestNow(ctx: CommandContext): Promise<CommandResult> {
  const digest = await buildDigest(ctx.store, ctx.user, isoWeekOf(ctx.today));
  return { reply: textReply('digest', renderDigestText(digest, ctx.user)), digest };
}
