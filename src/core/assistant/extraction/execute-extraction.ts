/**
 * An extraction run: one model call reads an unclear message into one expense's fields, finbot validates them
 * and records the expense as a quick-add would, keyed by the message, so a retried or replayed run stores once.
 * The reply is always finbot's own: the quick-add confirmation with Undo, or what was wrong and the question.
 */
import { recordedBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import type { Expense } from '../../domain/expense.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';
import { summarizeAddedExpense } from '../../service/added-expense-summary.ts';
import type { CommandContext } from '../../service/command-context.ts';
import { addExpense } from '../../service/commands/add-expense.ts';
import type { ReplyButton, ReplyKind } from '../../service/inbound-message.ts';
import type { ModelClient, ModelResponse, ModelUsage } from '../model-client.ts';
import { extractionPrompt } from './extraction-prompt.ts';
import { extractionTools } from './extraction-tools.ts';
import { ownCategories } from './own-categories.ts';
import { readExtraction } from './read-extraction.ts';
import { validateExtraction } from './validate-extraction.ts';

/** The message's own context (store, user, thread, today, key) and the run's model call. */
export interface ExecuteExtractionRequest extends CommandContext {
  readonly model: ModelClient;
  readonly message: string;
  /** The parser's question, asked when nothing is recorded. */
  readonly clarifyingQuestion: string | null;
  /** A response saved by an earlier attempt, used instead of asking the model again. */
  readonly previousResponse?: ModelResponse;
  /** Called with a new model response before anything is stored, so a retry can replay it. */
  readonly onResponse?: (response: ModelResponse) => void | Promise<void>;
}

export type ExtractionOutcome = 'recorded' | 'recorded_before' | 'invalid' | 'not_an_expense';

export interface ExtractionResult {
  readonly outcome: ExtractionOutcome;
  readonly reply: string;
  readonly replyKind: ReplyKind;
  readonly buttons: ReadonlyArray<ReplyButton>;
  readonly events: ReadonlyArray<string>;
  readonly responseIds: ReadonlyArray<string>;
  readonly usage: ModelUsage;
}

/** How many of the user's own categories the model is shown. */
const ownCategoryLimit = 15;
const noUsage: ModelUsage = { inputTokens: 0, outputTokens: 0 };

/** Model failures are thrown as ModelError (check `retryable`), storage failures as they are. */
export async function executeExtraction(request: ExecuteExtractionRequest): Promise<ExtractionResult> {
  const { store, user } = request;
  // An attempt that stored the expense and then died: report that expense, ask nothing again.
  const before = await store.findExpenseBySourceKey(user.id, request.messageKey);
  if (before) return { ...(await confirmRecorded(request, before)), responseIds: [], usage: noUsage };

  let response = request.previousResponse;
  let usage = noUsage;
  if (!response) {
    const prompt = extractionPrompt({
      user,
      today: request.today,
      message: request.message,
      ownCategories: await ownCategories(store, user.id, ownCategoryLimit),
    });
    response = await request.model.respond({ ...prompt, tools: extractionTools, toolChoice: 'auto' });
    usage = response.usage;
    await request.onResponse?.(response);
  }
  const base = { responseIds: [response.id], usage };

  const answer = readExtraction(response);
  if (answer.kind === 'not_an_expense') {
    return { ...base, ...nothingRecorded(request, 'not_an_expense', "It didn't look like an expense to me.") };
  }
  if (answer.kind === 'unreadable') return { ...base, ...nothingRecorded(request, 'invalid', answer.reason) };
  const expense = validateExtraction(answer.args, {
    today: request.today,
    defaultCurrency: user.currency,
    maxAmountMajor: request.settings.maxAmountMajor,
  });
  if (!expense.ok) return { ...base, ...nothingRecorded(request, 'invalid', expense.error) };

  try {
    // One transaction, as for a typed quick-add: the expense and the week's total it is confirmed with agree.
    const added = await store.transaction((tx) => addExpense(commandContext(request, tx), expense.value));
    return {
      ...base,
      outcome: 'recorded',
      reply: added.reply.text,
      replyKind: added.reply.kind,
      buttons: added.reply.buttons,
      events: added.events ?? [],
    };
  } catch (error) {
    // Another attempt of this run got there first (its lease ran out while it waited on the model).
    const stored = await store.findExpenseBySourceKey(user.id, request.messageKey);
    if (!stored) throw error;
    return { ...base, ...(await confirmRecorded(request, stored)) };
  }
}

type ReplyPart = Omit<ExtractionResult, 'responseIds' | 'usage'>;

function commandContext(request: ExecuteExtractionRequest, store: LedgerStore): CommandContext {
  return {
    store,
    settings: request.settings,
    user: request.user,
    thread: request.thread,
    today: request.today,
    now: request.now,
    messageKey: request.messageKey,
  };
}

/** The confirmation of an expense this message recorded already, with the same Undo a quick-add gets. */
async function confirmRecorded(request: ExecuteExtractionRequest, expense: Expense): Promise<ReplyPart> {
  if (expense.deletedAt !== null) {
    return {
      outcome: 'recorded_before',
      reply: `#${expense.number} from that message was recorded, and has been removed since.`,
      replyKind: 'expense_undone',
      buttons: [],
      events: [],
    };
  }
  const summary = await summarizeAddedExpense(request.store, request.user, request.today, expense);
  // The attempt that stored it recorded its budget alerts with it; they are said again, never recorded again.
  const alerts = await recordedBudgetAlerts(request.store, request.user.id, request.messageKey);
  return {
    outcome: 'recorded_before',
    reply: [...summary.lines, ...alerts].join('\n'),
    replyKind: 'expense_added',
    buttons: [{ label: 'Undo', command: `undo #${expense.number}` }],
    // The attempt that stored it died before its events were saved.
    events: [summary.event],
  };
}

function nothingRecorded(
  request: ExecuteExtractionRequest,
  outcome: 'invalid' | 'not_an_expense',
  reason: string,
): ReplyPart {
  const lines = [`I didn't record anything. ${reason}`];
  if (request.clarifyingQuestion) lines.push(request.clarifyingQuestion);
  return {
    outcome,
    reply: lines.join('\n'),
    replyKind: outcome === 'invalid' ? 'invalid' : 'not_understood',
    buttons: [],
    events: [],
  };
}
