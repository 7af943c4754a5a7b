/**
 * The leanest Bot API server finbot's webhook path can talk to: real HTTP, the methods the bot calls at
 * start and sendMessage, which it answers like Telegram (the sent message) and counts per chat. The
 * benchmark's "Telegram" shares the machine's two cores with finbot, so its own cost is kept small;
 * the scriptable test fake does much more per call.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BotApiSink {
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: {
    id: number;
    is_bot: true;
    first_name: string;
    username: string;
    can_join_groups: boolean;
    can_read_all_group_messages: boolean;
    supports_inline_queries: boolean;
    can_connect_to_business: boolean;
    has_main_web_app: boolean;
  };
  /** sendMessage calls answered, and how many distinct chats they went to. */
  sent(): { messages: number; chats: number };
  close(): Promise<void>;
}

export async function startBotApiSink(): Promise<BotApiSink> {
  const token = '123456:BENCH-token';
  const botInfo = {
    id: 123456,
    is_bot: true as const,
    first_name: 'finbot',
    username: 'finbot_bench_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  };
  const prefix = `/bot${token}/`;
  const perChat = new Map<number, number>();
  let messages = 0;
  let nextMessageId = 1;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const method = path.startsWith(prefix) ? path.slice(prefix.length) : '';
      let body: string;
      if (method === 'sendMessage') {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { chat_id: number; text: string };
        messages += 1;
        perChat.set(params.chat_id, (perChat.get(params.chat_id) ?? 0) + 1);
        const message = {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: params.chat_id, type: 'private' },
          text: params.text,
        };
        body = JSON.stringify({ ok: true, result: message });
      } else if (method === 'getMe') {
        body = JSON.stringify({ ok: true, result: botInfo });
      } else if (method !== '') {
        body = '{"ok":true,"result":true}';
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"ok":false,"error_code":404,"description":"Not Found"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    botInfo,
    sent: () => ({ messages, chats: perChat.size }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
