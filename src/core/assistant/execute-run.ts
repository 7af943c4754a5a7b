/** The assistant's run loop: ask the model, run the tools it calls, feed the results back, then check the reply's figures. */

import { proposalLifetimeMs } from '../domain/change-proposal.ts';
import type { ThreadMessage } from '../domain/thread.ts';
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { ReplyButton } from '../service/inbound-message.ts';
import { buildContext } from './build-context.ts';
import { describeChanges } from './change-account.ts';
import { claimsChange } from './change-claims.ts';
import { fallbackAnswer, noFiguresAnswer } from './fallback-answer.ts';
import { checkGrounding } from './grounding.ts';
import type { ModelClient, ModelInputItem, ModelResponse, ModelUsage } from './model-client.ts';
import { createRunChanges } from './run-changes.ts';
import { changeToolNames, createToolRegistry, type ToolCallRecord } from './tool-registry.ts';

export interface ExecuteRunRequest {
  readonly model: ModelClient;
  /** The store the tools act on; every tool is bound to `user`. */
  readonly store: LedgerStore;
  readonly user: User;
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  /** The current instant, ISO-8601 UTC. */
  readonly now: string;
  /** Stable across retries of this run (e.g. the inbound message key): expenses it adds are keyed by it. */
  readonly runKey: string;
  readonly question: string;
  /** Recent thread messages, oldest first. */
  readonly history: ReadonlyArray<ThreadMessage>;
  /** Largest accepted expense, in major units. */
  readonly maxAmountMajor: number;
  /** Model calls per run, the last one without tools; default 5. */
  readonly maxRounds?: number;
  /** Tool calls honoured per model response; default 8. */
  readonly maxCallsPerRound?: number;
  /** Approximate tokens of thread history sent; default 300. */
  readonly historyBudgetTokens?: number;
  /**
   * Responses saved by an earlier attempt of this run (see `onResponse`), used instead of asking the model again,
   * so a retry sees the same call ids and add_expense cannot add twice.
   */
  readonly previousResponses?: ReadonlyArray<ModelResponse>;
  /** Called with each new model response before its tools run, so a queue can save it for a retry. */
  readonly onResponse?: (response: ModelResponse, round: number) => void | Promise<void>;
}

export interface ExecuteRunResult {
  /** The text to send the user: the model's answer (or the tools' facts), then finbot's account of changes. */
  readonly reply: string;
  /** Undo for each expense added; Confirm / Cancel for a proposal. */
  readonly buttons: ReadonlyArray<ReplyButton>;
  /** 'model' when the model's own text passed the grounding check, else the deterministic answer. */
  readonly replyFrom: 'model' | 'fallback';
  /** False only when the model's reply quoted an amount no tool returned and was replaced; report these. */
  readonly grounded: boolean;
  readonly ungroundedAmounts: ReadonlyArray<string>;
  /** The model's replaced reply (ungrounded, or speaking of changes), for logs at debug level; null when none. */
  readonly rejectedReply: string | null;
  /** 'answered': the model replied in text; 'max_rounds': it kept calling tools; 'empty': it said nothing. */
  readonly stopReason: 'answered' | 'max_rounds' | 'empty';
  readonly responseIds: ReadonlyArray<string>;
  /** Tokens of the model calls made by this attempt (replayed responses are not counted again). */
  readonly usage: ModelUsage;
  readonly toolCalls: ReadonlyArray<ToolCallRecord>;
  /** Thread events for expenses the tools added, edited or deleted. */
  readonly events: ReadonlyArray<string>;
}

/**
 * Runs one question to an answer. Model failures are thrown as ModelError (check `retryable`); storage failures
 * are thrown as they are. Tool writes are idempotent per call id, so a failed run can be retried as a whole.
 */
export async function executeRun(request: ExecuteRunRequest): Promise<ExecuteRunResult> {
  const maxRounds = Math.max(1, request.maxRounds ?? 5);
  const maxCallsPerRound = request.maxCallsPerRound ?? 8;
  const context = buildContext({
    user: request.user,
    today: request.today,
    question: request.question,
    history: request.history,
    // About 1,200 characters: the newest reply whole and the several exchanges before it, older replies cut to
    // their first lines by buildContext. Follow-ups lean on the latest turns; the model quotes no figure from them.
    historyBudgetTokens: request.historyBudgetTokens ?? 300,
  });
  const changes = createRunChanges();
  const tools = createToolRegistry({
    changes,
    store: request.store,
    user: request.user,
    today: request.today,
    now: request.now,
    sourceKeyPrefix: request.runKey,
    maxAmountMajor: request.maxAmountMajor,
  });

  const input: ModelInputItem[] = [...context.input];
  const responseIds: string[] = [];
  const toolCalls: ToolCallRecord[] = [];
  let usage: ModelUsage = { inputTokens: 0, outputTokens: 0 };
  let text: string | null = null;

  for (let round = 0; round < maxRounds; round++) {
    const lastRound = round === maxRounds - 1;
    let response = request.previousResponses?.[round];
    if (!response) {
      response = await request.model.respond({
        instructions: context.instructions,
        input,
        tools: tools.definitions,
        toolChoice: lastRound ? 'none' : 'auto',
      });
      usage = {
        inputTokens: usage.inputTokens + response.usage.inputTokens,
        outputTokens: usage.outputTokens + response.usage.outputTokens,
        cachedInputTokens: (usage.cachedInputTokens ?? 0) + (response.usage.cachedInputTokens ?? 0),
      };
      await request.onResponse?.(response, round);
    }
    responseIds.push(response.id);

    const calls = response.output.filter((item) => item.type === 'function_call');
    if (calls.length === 0) {
      text = response.output
        .filter((item) => item.type === 'message')
        .map((item) => item.text)
        .join('\n')
        .trim();
      break;
    }
    // Still calling tools when it was told not to: what it says would refer to calls we never ran.
    if (lastRound) break;
    // The calls as the model made them, then their outputs: servers that translate to chat messages expect that.
    input.push(...calls);
    for (const [index, call] of calls.entries()) {
      const record =
        index < maxCallsPerRound
          ? await tools.run(call)
          : refused(call, `At most ${maxCallsPerRound} tool calls are run per turn; ask again for the rest.`);
      toolCalls.push(record);
      input.push({ type: 'function_call_output', callId: call.callId, output: record.output });
    }
  }

  const proposal =
    changes.proposed.length > 0
      ? await request.store.saveProposal({
          userId: request.user.id,
          sourceKey: `${request.runKey}:proposal`,
          changes: changes.proposed,
          createdAt: request.now,
          expiresAt: new Date(Date.parse(request.now) + proposalLifetimeMs).toISOString(),
        })
      : undefined;
  const triedChange = toolCalls.some((call) => changeToolNames.has(call.name));
  const grounding =
    text === null || text === ''
      ? undefined
      : checkGrounding({
          reply: text,
          toolResults: toolCalls.map((call) => call.result),
          userMessage: request.question,
          locale: request.user.locale,
          currency: request.user.currency,
        });
  const claimed = text !== null && claimsChange(text, triedChange);
  const useModelText = grounding?.grounded === true && !claimed;
  const account = describeChanges({
    added: changes.added,
    proposal,
    budgetAlerts: changes.budgetAlerts,
    sayWhenUnchanged: triedChange || claimed,
    locale: request.user.locale,
    today: request.today,
  });
  // What the tools found, said plainly; a change that went through is told by the account instead.
  const factCalls = toolCalls.filter((call) => !(call.ok && changeToolNames.has(call.name)));
  const facts = fallbackAnswer(factCalls);
  const answer = useModelText ? (text as string) : facts === noFiguresAnswer && account.text !== '' ? '' : facts;
  return {
    responseIds,
    usage,
    toolCalls,
    events: toolCalls.flatMap((call) => call.events),
    reply: [answer, account.text].filter((part) => part !== '').join('\n\n'),
    buttons: account.buttons,
    replyFrom: useModelText ? 'model' : 'fallback',
    grounded: grounding?.grounded ?? true,
    ungroundedAmounts: grounding?.ungrounded ?? [],
    rejectedReply: grounding && !useModelText ? text : null,
    stopReason: text === null ? 'max_rounds' : text === '' ? 'empty' : 'answered',
  };
}

function refused(call: { callId: string; name: string; arguments: string }, error: string): ToolCallRecord {
  const result = { ok: false, error };
  return { ...call, ok: false, output: JSON.stringify(result), result, summary: null, events: [] };
}
