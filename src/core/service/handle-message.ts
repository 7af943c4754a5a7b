/** The one entry point every adapter calls: a chat message in, a reply out, handled exactly once. */
import { capLength, cleanText } from '../domain/clean-text.ts';
import type { Intent } from '../parse/intent.ts';
import { parseMessage } from '../parse/parse-message.ts';
import { localToday } from '../time/period.ts';
import type { CommandContext, CommandResult } from './command-context.ts';
import { addExpense } from './commands/add-expense.ts';
import { addRecurring } from './commands/add-recurring.ts';
import { answerSummary } from './commands/answer-summary.ts';
import { listBudgets, removeBudget, setBudget } from './commands/budget-commands.ts';
import { changeSettings } from './commands/change-settings.ts';
import { dashboardLink } from './commands/dashboard-link.ts';
import { decideProposal } from './commands/decide-proposal.ts';
import { digestNow } from './commands/digest-now.ts';
import { editExpense } from './commands/edit-expense.ts';
import { asideText, helpText, notUnderstoodText } from './commands/help-text.ts';
import { listExpenses } from './commands/list-expenses.ts';
import { listRecurring } from './commands/list-recurring.ts';
import { proposeDelete } from './commands/propose-delete.ts';
import { requestFile } from './commands/request-file.ts';
import { startRun } from './commands/start-run.ts';
import { stopRecurring } from './commands/stop-recurring.ts';
import { undoExpense } from './commands/undo-expense.ts';
import { welcome } from './commands/welcome.ts';
import type { CoreDeps } from './core-deps.ts';
import { ensureUser } from './ensure-user.ts';
import { type InboundMessage, type Reply, textReply } from './inbound-message.ts';

/** Longest user text kept in the thread; the rest of a huge paste is of no use as context. */
const storedTextLimit = 4000;

export type MessageHandler = (message: InboundMessage) => Promise<Reply>;

/**
 * Builds the handler. Each message runs in one transaction that first claims its key, so a redelivered
 * message gets the stored reply and changes nothing, and a failure leaves nothing half-written.
 */
export function createMessageHandler(deps: CoreDeps): MessageHandler {
  return async (message) => {
    const user = await ensureUser(deps.store, deps.settings, message);
    const outcome = await deps.store.transaction(async (store) => {
      const nowDate = deps.clock.now();
      const now = nowDate.toISOString();
      const claim = await store.claimInboundMessage(message.key, user.id, now);
      if (!claim.claimed)
        return { reply: storedReply(claim.reply), threadId: 0, schedule: false, digest: undefined, file: undefined };

      const thread = await store.getThread(user.id);
      const today = localToday(deps.clock, user.timeZone);
      const ctx: CommandContext = {
        store,
        settings: deps.settings,
        user,
        thread,
        today,
        now,
        messageKey: message.key,
        replyTarget: message.replyTarget ?? null,
        ...(message.opensWebApps ? { opensWebApps: true } : {}),
      };
      const intent = parseMessage(message.text, {
        today,
        defaultCurrency: user.currency,
        locale: user.locale,
        weekStart: user.weekStart,
        maxAmountMajor: deps.settings.maxAmountMajor,
      });
      // What is kept of the message (thread, run) is cleaned: PostgreSQL refuses NULs, and controls help no one.
      const text = capLength(cleanText(message.text), storedTextLimit);
      const target = message.replyTarget ?? null;
      // With a model, an unclear expense is read by it (and validated here); without one, the parser's question is asked.
      const result = !deps.runScheduler
        ? await runIntent(ctx, intent)
        : intent.kind === 'unknown'
          ? await startRun(ctx, text, target)
          : intent.kind === 'unclear'
            ? await startRun(ctx, text, target, { mode: 'extract_expense', clarifyingQuestion: intent.message })
            : await runIntent(ctx, intent);

      if (!result.threadWritten) {
        await store.appendThreadMessages(thread.id, [
          { role: 'user', content: text, createdAt: now },
          ...(result.events ?? []).map((content) => ({ role: 'event' as const, content, createdAt: now })),
          { role: 'assistant', content: result.threadText ?? result.reply.text, createdAt: now },
        ]);
      }
      if (result.context) await store.saveThreadContext(thread.id, result.context);
      await store.saveInboundReply(message.key, JSON.stringify(result.reply));
      return {
        reply: result.reply,
        threadId: thread.id,
        schedule: result.scheduleThread === true,
        digest: result.digest,
        file: result.fileDelivery,
      };
    });
    // After the commit, so the worker finds the run; if the queue is down, the sweep schedules it later.
    if (outcome.schedule && deps.runScheduler) {
      await deps.runScheduler.schedule(outcome.threadId).catch((error: unknown) => deps.onError?.(error));
    }
    // After the commit too: the file worker finds the stored request; if the queue is down, the file sweep queues it.
    if (outcome.file && deps.fileScheduler) {
      await deps.fileScheduler.schedule(outcome.file).catch((error: unknown) => deps.onError?.(error));
    }
    // Drawn outside the transaction (it holds no lock while a picture renders) and never stored with the reply.
    if (outcome.digest && message.showsCharts && deps.digestChart) {
      const chart = await deps.digestChart.render(outcome.digest, user).catch((error: unknown) => {
        deps.onError?.(error);
        return undefined;
      });
      if (chart) return { ...outcome.reply, chart };
    }
    return outcome.reply;
  };
}

function runIntent(ctx: CommandContext, intent: Intent): Promise<CommandResult> | CommandResult {
  switch (intent.kind) {
    case 'add':
      return addExpense(ctx, intent);
    case 'add_recurring':
      return addRecurring(ctx, intent);
    case 'list_recurring':
      return listRecurring(ctx);
    case 'stop_recurring':
      return stopRecurring(ctx, intent.name);
    case 'undo':
      return undoExpense(ctx, intent.number);
    case 'delete':
      return proposeDelete(ctx, intent.number);
    case 'edit':
      return editExpense(ctx, intent);
    case 'list':
      return listExpenses(ctx, intent);
    case 'summary':
      return answerSummary(ctx, intent);
    case 'settings':
      return changeSettings(ctx, intent.changes);
    case 'decide_proposal':
      return decideProposal(ctx, intent);
    case 'digest_now':
      return digestNow(ctx);
    case 'file':
      return requestFile(ctx, intent.request);
    case 'welcome':
      return welcome(ctx);
    case 'budget_set':
      return setBudget(ctx, intent);
    case 'budget_list':
      return listBudgets(ctx);
    case 'budget_remove':
      return removeBudget(ctx, intent);
    case 'dashboard':
      return dashboardLink(ctx);
    case 'help':
      return {
        reply: textReply(
          'help',
          intent.unknownCommand ? `I don't know /${intent.unknownCommand}.\n${helpText}` : helpText,
        ),
      };
    case 'invalid':
      return { reply: textReply('invalid', intent.message) };
    case 'unclear':
      return { reply: textReply('invalid', intent.message) };
    case 'unknown':
      return {
        reply: textReply(
          'not_understood',
          intent.aside ? `${asideText[intent.aside]}\n${helpText}` : notUnderstoodText,
        ),
      };
  }
}

function storedReply(json: string | null): Reply {
  if (json) {
    try {
      return { ...(JSON.parse(json) as Reply), repeated: true };
    } catch {
      // fall through: an unreadable stored reply still must not redo the work
    }
  }
  return { ...textReply('help', 'Already handled that message.'), repeated: true };
}
