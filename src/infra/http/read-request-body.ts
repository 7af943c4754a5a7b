/** Reads a request's whole body, refusing one over the cap before it is all in memory. */
import type { IncomingMessage } from 'node:http';
import { HttpRequestError } from './http-request-error.ts';

/** The largest body the shared server takes: a Telegram update or Slack payload is a few kilobytes. */
export const maxBodyBytes = 1024 * 1024;

/** The client went away (or sent fewer bytes than it announced) before the body was complete. */
export class IncompleteBodyError extends Error {
  override name = 'IncompleteBodyError';
}

export function readRequestBody(request: IncomingMessage, limitBytes = maxBodyBytes): Promise<Buffer> {
  const tooLarge = () => new HttpRequestError(413, `the request body is larger than ${limitBytes} bytes`);
  if (Number(request.headers['content-length']) > limitBytes) {
    // Discarded, not destroyed: the socket stays up long enough for the client to read the 413.
    request.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      cleanUp();
      chunks.length = 0;
      request.resume();
      reject(tooLarge());
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks));
    };
    const onAbort = (error?: Error) => {
      cleanUp();
      reject(new IncompleteBodyError('the request body ended early', { cause: error }));
    };
    const onClose = () => {
      if (!request.complete) onAbort();
    };
    function cleanUp() {
      request.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onClose);
    }
    request.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onClose);
  });
}
