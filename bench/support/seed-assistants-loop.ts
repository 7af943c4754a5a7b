/**
 * The seed's way of answering, replayed for comparison: every expense row of the week pasted into the prompt,
 * then an Assistants-style loop (add the message, start a run, poll it each second until done, list the
 * messages). The requests go to the fake server only to be counted from its log: it serves none of these
 * paths, so the run is taken to finish after `polls` polls and the bench does not wait between them.
 */
import type { RecordedRequest } from '../../test/support/fake-openai-server.ts';
import type { WeekExpense } from './expense-week.ts';
import { countTokens } from './prompt-tokens.ts';

const seedInstructions = [
  'You are a personal finance assistant. The user keeps a list of their expenses.',
  'Answer questions about their spending using only the expenses listed in the message.',
  'Add up amounts carefully and show totals in the expense currency. Be brief.',
].join('\n');

/** The rows as the seed pasted them, one line each; compact, so the comparison does not flatter finbot. */
export function seedRowsText(rows: ReadonlyArray<WeekExpense>): string {
  return rows
    .map((row, index) => {
      const major = `${Math.trunc(row.minor / 100)}.${String(row.minor % 100).padStart(2, '0')}`;
      return `${index + 1}. ${row.spentOn} ${row.category} ${major} ${row.currency}${row.note ? ` ${row.note}` : ''}`;
    })
    .join('\n');
}

/** Sends one question the seed's way: a new thread's message, a run, `polls` polls, the message list. */
export async function askTheSeedWay(baseURL: string, question: string, rowsText: string, polls: number): Promise<void> {
  const thread = `${baseURL}/threads/thread_bench`;
  await send('POST', `${thread}/messages`, {
    role: 'user',
    content: `My expenses:\n${rowsText}\n\nQuestion: ${question}`,
  });
  await send('POST', `${thread}/runs`, { assistant_id: 'asst_bench', instructions: seedInstructions });
  for (let poll = 0; poll < polls; poll++) await send('GET', `${thread}/runs/run_bench`);
  await send('GET', `${thread}/messages?order=desc&limit=1`);
}

/** What the seed's run puts before the model: its instructions and the messages it was sent. */
export function seedRunPromptTokens(requests: ReadonlyArray<RecordedRequest>): number {
  let tokens = 0;
  for (const request of requests) {
    if (request.method !== 'POST' || !request.body) continue;
    if (request.path.endsWith('/messages')) tokens += countTokens(String(request.body.content));
    if (request.path.endsWith('/runs')) tokens += countTokens(String(request.body.instructions));
  }
  return tokens;
}

async function send(method: 'GET' | 'POST', url: string, body?: unknown): Promise<void> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // The fake answers 404 to these paths; only the request itself is wanted.
  await response.arrayBuffer();
}
