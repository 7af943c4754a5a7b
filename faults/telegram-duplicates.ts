/** Telegram redelivers updates it got no timely 200 for: every update_id posted two or three times, some at once. */
import type { FaultRow } from './fault-row.ts';
import { tally } from './fault-row.ts';
import { inParallel, startFaultStack, telegramMessage, waitForSettled } from './finbot-stack.ts';

export async function telegramDuplicates(count: number): Promise<FaultRow> {
  const stack = await startFaultStack('telegram-dup');
  let failed = true;
  try {
    await stack.finbot('start', 'start');
    const chats = 50;
    const updates = Array.from({ length: count }, (_, i) => ({
      chat: 20_000 + (i % chats),
      amount: 100 + i,
      update: telegramMessage(900_000 + i, 20_000 + (i % chats), `${100 + i} groceries`),
    }));
    let sent = 0;
    await inParallel(updates, 8, async ({ update }, i) => {
      const copies = i % 5 === 0 ? 3 : 2;
      // Half the redeliveries race the first copy (Telegram retrying a slow answer), half come after it.
      if (i % 2 === 0) {
        await Promise.all(Array.from({ length: copies }, () => stack.postUpdate(update)));
      } else {
        for (let copy = 0; copy < copies; copy++) await stack.postUpdate(update);
      }
      sent += copies;
    });
    const expected = updates.map(({ chat, amount }) => `${chat}:${amount}`);
    const answered = () =>
      stack.telegram
        .messages()
        .filter((message) => message.text.startsWith('Added #'))
        .map((message) => `${message.chat_id}:${amountOf(message.text)}`);
    await waitForSettled(
      () => answered().length >= expected.length,
      () => answered().length,
      30_000,
    );
    const replies = tally(expected, answered());
    const rows = await stack.query<{ telegram_id: string; amount: string }>(
      `select u.platform_user_id as telegram_id, e.amount_minor::text as amount
         from expenses e join users u on u.id = e.user_id where e.deleted_at is null`,
    );
    const stored = tally(
      expected,
      rows.map((row) => `${row.telegram_id}:${Number(row.amount) / 100}`),
    );
    const lost = new Set([...replies.missing, ...stored.missing]).size;
    const row: FaultRow = {
      scenario: 'telegram duplicate updates',
      sent,
      expected: expected.length,
      delivered: expected.length - lost,
      duplicates: replies.duplicates + stored.duplicates,
      lost,
      note: `${count} updates, each posted 2-3 times; ${rows.length} expenses stored, ${answered().length} replies`,
      logDir: stack.logDir,
    };
    failed = row.lost > 0 || row.duplicates > 0;
    return row;
  } finally {
    await stack.close({ keepLogs: failed });
  }
}

/** "Added #3: ₹1,234.00 · groceries · today" → 1234 */
function amountOf(text: string): number {
  const match = /([\d,]+)\.00/.exec(text);
  return match ? Number(match[1]?.replaceAll(',', '')) : Number.NaN;
}
