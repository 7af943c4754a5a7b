/**
 * One keep-alive connection that POSTs one request at a time, written and read by hand. The load generator
 * plays Telegram, whose work happens on Telegram's machines; on the benchmark's two cores every microsecond
 * it spends is taken from finbot, and Node's http client costs several times what this does.
 * Reads responses with Content-Length or chunked bodies; anything else ends the lane with an error.
 */
import { connect, type Socket } from 'node:net';

export interface RawHttpLane {
  /** Resolves with the status code once the whole response has arrived. */
  post(body: string): Promise<number>;
  close(): void;
}

export async function openRawHttpLane(url: string, headers: Record<string, string>): Promise<RawHttpLane> {
  const target = new URL(url);
  const socket: Socket = connect(Number(target.port), target.hostname);
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const head =
    `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');

  let buffered: Buffer = Buffer.alloc(0);
  let waiting: { resolve: (status: number) => void; reject: (error: Error) => void } | undefined;
  const fail = (error: Error) => {
    waiting?.reject(error);
    waiting = undefined;
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('connection closed')));
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    const status = takeResponse();
    if (status !== undefined && waiting) {
      const done = waiting;
      waiting = undefined;
      done.resolve(status);
    }
  });

  /** Removes one complete response from the buffer and returns its status, or undefined if incomplete. */
  function takeResponse(): number | undefined {
    const headerEnd = buffered.indexOf('\r\n\r\n');
    if (headerEnd < 0) return undefined;
    const headText = buffered.subarray(0, headerEnd).toString('latin1');
    const status = Number(headText.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(headText);
    let end: number;
    if (length) {
      end = headerEnd + 4 + Number(length[1]);
      if (buffered.length < end) return undefined;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(headText)) {
      const last = buffered.indexOf('0\r\n\r\n', headerEnd + 4);
      if (last < 0) return undefined;
      end = last + 5;
    } else {
      fail(new Error(`response without a length: ${headText}`));
      return undefined;
    }
    buffered = buffered.subarray(end);
    return status;
  }

  return {
    post(body) {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(`${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      });
    },
    close: () => socket.destroy(),
  };
}
