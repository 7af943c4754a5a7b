import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startFakeTelegram } from '../support/fake-telegram-server.ts';
import { freePort, startFinbot, waitUntil } from '../support/finbot-process.ts';

const token = '4444:polling-stop';

for (const outage of ['hangs', 'refuses'] as const) {
  test(`in polling mode, SIGTERM ends finbot promptly while the Bot API ${outage}`, async () => {
    const telegram = await startFakeTelegram({ token });
    const upstream = new URL(telegram.apiRoot);
    // A TCP relay in front of the fake: forwards while up; in an outage it holds or drops every connection.
    let down = false;
    let attemptsWhileDown = 0;
    const sockets = new Set<Socket>();
    const relay = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
      if (down) {
        attemptsWhileDown += 1;
        if (outage === 'refuses') socket.destroy();
        return;
      }
      const target = connect(Number(upstream.port), upstream.hostname);
      target.on('error', () => socket.destroy());
      sockets.add(target);
      target.on('close', () => sockets.delete(target));
      socket.pipe(target).pipe(socket);
    });
    relay.listen(0, '127.0.0.1');
    await once(relay, 'listening');
    const relayPort = (relay.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'finbot-polling-stop-'));
    const finbot = await startFinbot({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${relayPort}`,
      DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
      PORT: String(await freePort()),
      FINBOT_NOW: '',
      HANDLER_THREAD: 'false',
      // Longer than the bound below, so the test shows polling ends by itself, not by the deadline.
      SHUTDOWN_TIMEOUT_SECONDS: '30',
    });
    try {
      // Polling works before the outage: a message is answered. Cutting the Bot API any earlier could fail
      // start-up's deleteWebhook itself, and start-up would then wait out its retries instead of polling.
      telegram.inject({
        message: {
          message_id: 1,
          date: 1,
          chat: { id: 501, type: 'private', first_name: 'A' },
          from: { id: 501, is_bot: false, first_name: 'A' },
          text: '40 tea',
        },
      });
      await waitUntil(() => telegram.messages(501).length > 0, 30_000);
      down = true;
      for (const socket of sockets) socket.destroy();
      // Several failed polls: the outage has gone on through retries (refused), or a poll hangs (held).
      await waitUntil(() => attemptsWhileDown >= (outage === 'refuses' ? 3 : 1), 30_000);
      const started = Date.now();
      finbot.child.kill('SIGTERM');
      const [code] = await once(finbot.child, 'exit');
      assert.equal(code, 0);
      // Before the fix it was still running 10 s later; a loaded CI machine gets some slack below that.
      assert.ok(Date.now() - started < 9000, `ended ${Date.now() - started} ms after SIGTERM`);
    } finally {
      await finbot.stop();
      for (const socket of sockets) socket.destroy();
      relay.close();
      await telegram.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
