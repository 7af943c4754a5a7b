/**
 * Asks each question kind of one conversation of finbot and, separately, the seed's way, and reads the model
 * calls and prompt tokens of both from the fake model servers' request logs.
 */
import { buildContext, contextNote } from '../../src/core/assistant/build-context.ts';
import type { User } from '../../src/core/domain/user.ts';
import {
  type RecordedRequest,
  type ResponsesRequestBody,
  startFakeOpenAI,
} from '../../test/support/fake-openai-server.ts';
import type { WeekExpense } from './expense-week.ts';
import { startFinbotOnFakeModel } from './finbot-on-fake-model.ts';
import {
  countTokens,
  type PromptParts,
  promptPartNames,
  responsesPromptParts,
  responsesPromptTokens,
  startsWithNote,
} from './prompt-tokens.ts';
import type { QuestionKind } from './question-kinds.ts';
import { askTheSeedWay, seedRowsText, seedRunPromptTokens } from './seed-assistants-loop.ts';
import { toolThenAnswerModel } from './tool-then-answer-model.ts';

export interface QuestionCost {
  readonly question: QuestionKind;
  /** Who answered: the core (no run was made) or the model (a run). */
  readonly route: 'core' | 'model';
  readonly reply: string;
  readonly finbotCalls: number;
  readonly finbotPromptTokens: number;
  /** The same tokens by part of the prompt, summed over the question's calls. */
  readonly finbotPromptParts: PromptParts;
  /** Cached input tokens the responses reported; undefined when the usage has no such figure. */
  readonly cachedTokens: number | undefined;
  readonly seedCalls: number;
  readonly seedPromptTokens: number;
}

export interface PrefixReport {
  readonly requests: number;
  readonly instructionsTokens: number;
  readonly toolsTokens: number;
  /** Each tool definition's tokens, in the order sent. */
  readonly toolTokens: ReadonlyArray<{ name: string; tokens: number }>;
  /** One line per thing that differed between requests of this conversation; empty when the prefix held. */
  readonly differences: ReadonlyArray<string>;
  /** Whether each later round's input began with the round before's input, byte for byte. */
  readonly roundsExtend: boolean;
  /** Instruction lines that change for the same user on the next day, and for a user with other settings. */
  readonly nextDayLines: ReadonlyArray<string>;
  readonly otherUserLines: ReadonlyArray<string>;
  /** Tokens of finbot's note (what does change per user and day), and whether every request's input opens with it. */
  readonly noteTokens: number;
  readonly noteOpensEveryInput: boolean;
}

export interface ModelCostMeasurement {
  readonly costs: ReadonlyArray<QuestionCost>;
  readonly prefix: PrefixReport;
  /** Failed or ungrounded runs: each makes the figures untrustworthy. */
  readonly runProblems: ReadonlyArray<string>;
}

export async function measureModelCost(options: {
  readonly now: string;
  readonly today: string;
  readonly rows: ReadonlyArray<WeekExpense>;
  /** The rows the seed pastes: the week asked about. */
  readonly seedRows: ReadonlyArray<WeekExpense>;
  readonly questions: ReadonlyArray<QuestionKind>;
  readonly seedPolls: number;
}): Promise<ModelCostMeasurement> {
  const finbot = await startFinbotOnFakeModel({
    now: options.now,
    rows: options.rows,
    model: toolThenAnswerModel(options.questions),
  });
  const seed = await startFakeOpenAI();
  const rowsText = seedRowsText(options.seedRows);
  const costs: QuestionCost[] = [];
  const perQuestion: Array<{ kind: string; bodies: ResponsesRequestBody[] }> = [];
  try {
    const owner = await finbot.store.findUser('cli', 'bench-user');
    if (!owner) throw new Error('the benchmark user is gone');
    const note = contextNote(owner, options.today);
    for (const question of options.questions) {
      const requestsBefore = finbot.fake.requests.length;
      const usagesBefore = finbot.usages.length;
      const { reply, answer } = await finbot.ask(question.text);
      const requests = finbot.fake.requests.slice(requestsBefore);
      const usages = finbot.usages.slice(usagesBefore);
      const bodies = responsesBodies(requests);
      perQuestion.push({ kind: question.kind, bodies });

      const seedBefore = seed.requests.length;
      await askTheSeedWay(seed.baseURL, question.text, rowsText, options.seedPolls);
      const seedRequests = seed.requests.slice(seedBefore);

      const cached = usages.map((usage) => usage.cachedInputTokens);
      costs.push({
        question,
        route: reply.runId === undefined ? 'core' : 'model',
        reply: answer ?? reply.text,
        finbotCalls: requests.length,
        finbotPromptTokens: bodies.reduce((sum, body) => sum + responsesPromptTokens(body), 0),
        finbotPromptParts: sumParts(bodies.map((body) => responsesPromptParts(body, note))),
        cachedTokens:
          usages.length > 0 && cached.every((value) => value !== undefined)
            ? cached.reduce((sum: number, value) => sum + (value ?? 0), 0)
            : undefined,
        seedCalls: seedRequests.length,
        seedPromptTokens: seedRunPromptTokens(seedRequests),
      });
    }
    const runProblems = finbot.runEvents.map((event) =>
      event.type === 'ungrounded'
        ? `run ${event.run.id} (${event.run.userMessage}): ungrounded ${event.amounts.join(', ')}`
        : `run ${event.run.id} (${event.run.userMessage}): ${event.type}`,
    );
    return { costs, prefix: checkPrefix(perQuestion, owner, options.today), runProblems };
  } finally {
    await seed.close();
    await finbot.close();
  }
}

function sumParts(parts: ReadonlyArray<PromptParts>): PromptParts {
  const total = { instructions: 0, tools: 0, note: 0, history: 0, question: 0, toolResults: 0 };
  for (const part of parts) for (const name of promptPartNames) total[name] += part[name];
  return total;
}

function responsesBodies(requests: ReadonlyArray<RecordedRequest>): ResponsesRequestBody[] {
  return requests
    .filter((request) => request.method === 'POST' && request.path === '/v1/responses' && request.body)
    .map((request) => request.body as ResponsesRequestBody);
}

/** Compares the instructions and tools of every request with the first one's, byte for byte. */
function checkPrefix(
  perQuestion: ReadonlyArray<{ kind: string; bodies: ReadonlyArray<ResponsesRequestBody> }>,
  user: User,
  today: string,
): PrefixReport {
  const all = perQuestion.flatMap(({ kind, bodies }) => bodies.map((body, round) => ({ kind, round, body })));
  const first = all[0]?.body;
  const differences: string[] = [];
  let roundsExtend = true;
  for (const { kind, round, body } of all) {
    const where = `${kind}, call ${round + 1}`;
    if (body.instructions !== first?.instructions) {
      differences.push(`${where}: instructions differ (${changedLines(first?.instructions, body.instructions)})`);
    }
    if (JSON.stringify(body.tools) !== JSON.stringify(first?.tools))
      differences.push(`${where}: tool definitions differ`);
    if (body.tool_choice !== first?.tool_choice) differences.push(`${where}: tool_choice ${String(body.tool_choice)}`);
  }
  for (const { bodies } of perQuestion) {
    for (let round = 1; round < bodies.length; round++) {
      const before = JSON.stringify(bodies[round - 1]?.input ?? []).slice(0, -1);
      if (!JSON.stringify(bodies[round]?.input ?? []).startsWith(before)) roundsExtend = false;
    }
  }
  const instructionsFor = (who: User, day: string) =>
    buildContext({ user: who, today: day, question: '', history: [], historyBudgetTokens: 0 }).instructions;
  const base = instructionsFor(user, today);
  const nextDay = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const otherUser: User = { ...user, currency: 'USD', locale: 'en-US', timeZone: 'America/New_York' };
  const note = contextNote(user, today);
  return {
    requests: all.length,
    instructionsTokens: countTokens(first?.instructions ?? ''),
    toolsTokens: countTokens(JSON.stringify(first?.tools ?? [])),
    toolTokens: (first?.tools ?? []).map((tool) => ({
      name: String(tool.name),
      tokens: countTokens(JSON.stringify(tool)),
    })),
    differences,
    roundsExtend,
    nextDayLines: differingLines(base, instructionsFor(user, nextDay)),
    otherUserLines: differingLines(base, instructionsFor(otherUser, today)),
    noteTokens: countTokens(note),
    noteOpensEveryInput: all.every(({ body }) => startsWithNote(body, note)),
  };
}

/** The lines of `b` that are not in `a`. */
function differingLines(a: string, b: string): string[] {
  const before = new Set(a.split('\n'));
  return b.split('\n').filter((line) => !before.has(line));
}

function changedLines(a: string | undefined, b: string | undefined): string {
  return differingLines(a ?? '', b ?? '').join(' / ');
}
