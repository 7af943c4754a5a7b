/**
 * A TCP relay in front of a server (PostgreSQL, the Bot API), to cut it off the way networks fail: `refuse`
 * resets every connection and every new one at once; `hang` stops forwarding without a word (connections
 * stay open, bytes go nowhere), as a stalled server or a silent partition does. `up` ends either: the
 * connections a hang held are reset, as they would be once the partition ends, and new ones are forwarded.
 *
 * A hang stops requests, not answers: what the server had already taken is still answered. An answer lost on
 * the way back leaves the client unable to know whether its request took effect — a fault no retrying client
 * survives without an idempotency key (the Bot API has none) — so the relay does not make that one.
 */
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

export type RelayMode = 'up' | 'refuse' | 'hang';

export interface TcpRelay {
  readonly port: number;
  set(mode: RelayMode): void;
  /** Connections attempted while the relay was not up. */
  attemptsWhileDown(): number;
  close(): Promise<void>;
}

export async function startTcpRelay(targetHost: string, targetPort: number): Promise<TcpRelay> {
  let mode: RelayMode = 'up';
  let attempts = 0;
  const links = new Set<{ client: Socket; server: Socket | undefined }>();
  const relay = createServer((client) => {
    client.on('error', () => {});
    if (mode !== 'up') {
      attempts += 1;
      if (mode === 'refuse') client.resetAndDestroy();
      else links.add({ client, server: undefined });
      return;
    }
    const server = connect(targetPort, targetHost);
    const link = { client, server };
    links.add(link);
    server.on('error', () => client.destroy());
    client.on('close', () => {
      server.destroy();
      links.delete(link);
    });
    server.on('close', () => client.destroy());
    client.pipe(server).pipe(client);
  });
  relay.listen(0, '127.0.0.1');
  await once(relay, 'listening');
  const port = (relay.address() as { port: number }).port;

  const resetAll = () => {
    for (const link of links) {
      link.client.resetAndDestroy();
      link.server?.destroy();
    }
    links.clear();
  };
  return {
    port,
    set(next) {
      if (next === mode) return;
      const previous = mode;
      mode = next;
      if (next === 'refuse' || previous === 'hang') resetAll();
      if (next === 'hang') {
        // Nothing more reaches the server; its answers to what it already took still flow back.
        for (const link of links) {
          link.client.unpipe();
          link.client.pause();
        }
      }
    },
    attemptsWhileDown: () => attempts,
    async close() {
      resetAll();
      relay.close();
      await once(relay, 'close').catch(() => undefined);
    },
  };
}
