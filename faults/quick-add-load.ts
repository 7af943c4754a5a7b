/**
 * Quick-adds as load: "1000 fuel", "1001 fuel", … from twenty Telegram chats, each retried like Telegram until
 * finbot takes it. They need neither Redis nor the model, so whatever else fails, each must be stored once.
 */
import { tally } from './fault-row.ts';
import { type FaultStack, sleep, telegramMessage } from './finbot-stack.ts';

export interface QuickAddLoad {
  /** Stops adding; resolves when every add sent was taken (or given up on). */
  stop(): Promise<void>;
  /** How many adds were sent, and how they were stored: each amount once. */
  figures(): Promise<{ sent: number; delivered: number; duplicates: number; lost: number }>;
}

export function quickAddLoad(stack: FaultStack, everyMs = 100): QuickAddLoad {
  let sent = 0;
  let adding = true;
  const pending: Promise<unknown>[] = [];
  const running = (async () => {
    for (let i = 0; adding && !stack.isClosed(); i++) {
      pending.push(stack.postUpdate(telegramMessage(700_000 + i, 40_000 + (i % 20), `${1000 + i} fuel`)));
      sent = i + 1;
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      adding = false;
      await running;
      await Promise.all(pending);
    },
    async figures() {
      const rows = await stack.query<{ amount: string }>(
        'select amount_minor::text as amount from expenses where deleted_at is null',
      );
      const expected = Array.from({ length: sent }, (_, i) => String(1000 + i));
      const stored = tally(
        expected,
        rows.map((row) => String(Number(row.amount) / 100)),
      );
      return { sent, delivered: stored.delivered, duplicates: stored.duplicates, lost: stored.lost };
    },
  };
}
