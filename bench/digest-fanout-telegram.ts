/** Child process of bench/digest-fanout.ts: the fake rate-limited Telegram on its own event loop, so its clock is honest. */
import { startFakeRateLimitedTelegram } from '../test/support/fake-rate-limited-telegram.ts';

const telegram = await startFakeRateLimitedTelegram({ perSecond: 30 });
process.send?.({ type: 'ready', apiRoot: telegram.apiRoot, token: telegram.token });

process.on('message', (message: { type: string; from?: number; to?: number }) => {
  if (message.type === 'stats') {
    const times = telegram.received.map((received) => received.at);
    // The most messages seen in any sliding second.
    let peak = 0;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      while ((times[start] ?? 0) <= (times[end] ?? 0) - 1000) start++;
      peak = Math.max(peak, end - start + 1);
    }
    process.send?.({
      type: 'stats',
      now: performance.now(),
      times,
      received: telegram.received.length,
      photos: telegram.received.filter((received) => received.method === 'sendPhoto').length,
      chats: telegram.countsByChat().size,
      throttled: telegram.throttled,
      throttledAt: telegram.throttledAt,
      peakPerSecond: peak,
    });
  }
  if (message.type === 'stop') {
    void telegram.close().then(() => process.exit(0));
  }
});
