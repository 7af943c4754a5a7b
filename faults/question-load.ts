/**
 * Model questions as load: each asked from its own Telegram chat with a tag ("q17") the fake model quotes back,
 * so every answer can be matched to its question and its arrival time read off the fake Telegram.
 */
import { summaryModel } from '../test/support/summary-model.ts';
import type { FaultRow } from './fault-row.ts';
import { tally } from './fault-row.ts';
import { type FaultStack, sleep, telegramMessage, waitForSettled } from './finbot-stack.ts';

/** Two model turns of `delayMs` each, so runs are in hand when a fault lands. */
export const slowSummaryModel = (delayMs: number) => summaryModel({ delayMs });

export interface QuestionLoad {
  /** Tags asked so far, in order. */
  readonly asked: string[];
  /** Asks question `tag` (retrying the webhook like Telegram until finbot takes it). */
  ask(tag: number): Promise<void>;
  /** Asks `count` questions, one every `everyMs`, in the background; resolves when all were taken. */
  askSteadily(from: number, count: number, everyMs: number): Promise<void>;
  /** Asks a question every `everyMs` until `stop()` is called; resolves when all were taken. */
  askUntilStopped(from: number, everyMs: number): { stop(): Promise<void> };
  /** Each answer's tag, the time the fake Telegram got it, and the process that sent it. */
  answers(): Answer[];
  /** Tags asked and not answered yet. */
  outstanding(): string[];
  /** Waits until every asked question is answered, or nothing new arrived for `quietMs`. */
  settle(quietMs?: number): Promise<void>;
  /** The row's figures for the questions asked. */
  figures(): Pick<FaultRow, 'expected' | 'delivered' | 'duplicates' | 'lost'>;
  /** Each answer sent more than once: by which process and when, in seconds after `origin`. */
  describeDuplicates(origin: number): string;
}

export function questionLoad(stack: FaultStack): QuestionLoad {
  const asked: string[] = [];
  const answers = () =>
    stack.telegram
      .messages()
      .filter((message) => message.text.startsWith('This week you spent'))
      .map((message) => ({
        tag: /\bq(\d+)\b/.exec(message.text)?.[1] ?? '?',
        ...sentBy(stack, message.message_id),
      }));
  const load: QuestionLoad = {
    asked,
    async ask(tag) {
      asked.push(String(tag));
      const status = await stack.postUpdate(
        telegramMessage(500_000 + tag, 30_000 + tag, `should I cut down on anything this week? q${tag}`),
      );
      if (status !== 200) throw new Error(`question q${tag} was never taken (webhook answered ${status})`);
    },
    async askSteadily(from, count, everyMs) {
      const pending: Promise<void>[] = [];
      for (let i = 0; i < count; i++) {
        pending.push(load.ask(from + i));
        await sleep(everyMs);
      }
      await Promise.all(pending);
    },
    askUntilStopped(from, everyMs) {
      let stopped = false;
      const running = (async () => {
        const pending: Promise<void>[] = [];
        // A scenario that failed closes its stack without stopping the load: stop with it.
        for (let tag = from; !stopped && !stack.isClosed(); tag++) {
          // A question finbot never took stays unanswered and is counted as lost; it must not end the run.
          pending.push(load.ask(tag).catch(() => undefined));
          await sleep(everyMs);
        }
        await Promise.all(pending);
      })();
      return {
        async stop() {
          stopped = true;
          await running;
        },
      };
    },
    answers,
    outstanding() {
      const done = new Set(answers().map((answer) => answer.tag));
      return asked.filter((tag) => !done.has(tag));
    },
    async settle(quietMs = 30_000) {
      await waitForSettled(
        () => load.outstanding().length === 0,
        () => answers().length,
        quietMs,
      );
    },
    describeDuplicates(origin) {
      const copies = new Map<string, Answer[]>();
      for (const answer of answers()) copies.set(answer.tag, [...(copies.get(answer.tag) ?? []), answer]);
      return [...copies]
        .filter(([, sent]) => sent.length > 1)
        .map(
          ([tag, sent]) =>
            `q${tag} sent by ${sent.map((copy) => `${copy.via} at ${((copy.at - origin) / 1000).toFixed(2)} s`).join(', ')}`,
        )
        .join(' | ');
    },
    figures() {
      const { delivered, duplicates, lost } = tally(
        asked,
        answers().map((answer) => answer.tag),
      );
      return { expected: asked.length, delivered, duplicates, lost };
    },
  };
  return load;
}

export interface Answer {
  readonly tag: string;
  readonly at: number;
  /** The finbot process whose sendMessage made it. */
  readonly via: string;
}

/** When the fake Telegram answered the sendMessage that made message `messageId`, and which process sent it. */
function sentBy(stack: FaultStack, messageId: number): { at: number; via: string } {
  const sends = stack.telegram.callsOf('sendMessage').filter((call) => call.status === 200);
  const call = sends[messageId - 1];
  return { at: call?.at ?? Date.now(), via: call?.via ?? '?' };
}

/** The time from `at` until every tag in `outstanding` was answered (undefined if one never was). */
export function recoveredAfter(load: QuestionLoad, at: number, outstanding: ReadonlyArray<string>): number | undefined {
  const first = new Map<string, number>();
  for (const answer of load.answers()) if (!first.has(answer.tag)) first.set(answer.tag, answer.at);
  let worst = 0;
  for (const tag of outstanding) {
    const answeredAt = first.get(tag);
    if (answeredAt === undefined) return undefined;
    worst = Math.max(worst, answeredAt - at);
  }
  return worst;
}

/** The runs behind unanswered questions, for the report: "q17: run 6 failed, 2 attempts, not delivered (error)". */
export async function describeMissing(stack: FaultStack, load: QuestionLoad): Promise<string> {
  const missing = load.outstanding();
  const lines: string[] = [];
  for (const tag of missing.slice(0, 5)) {
    const runs = await stack.query<{
      id: number;
      status: string;
      attempts: number;
      delivered_at: unknown;
      error: string | null;
    }>('select id, status, attempts, delivered_at, error from runs where user_message like $1 order by id', [
      `%q${tag}`,
    ]);
    const described = runs.map(
      (run) =>
        `run ${run.id} ${run.status}, ${run.attempts} attempts, ${run.delivered_at ? 'delivered' : 'not delivered'}${run.error ? ` (${run.error.slice(0, 80)})` : ''}`,
    );
    lines.push(`q${tag}: ${described.join('; ') || 'no run'}`);
  }
  return lines.join(' | ');
}
