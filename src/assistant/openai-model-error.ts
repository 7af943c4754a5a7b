/** Sorts what the OpenAI SDK throws into ModelErrors the queue can act on, the same for every API style. */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ModelError } from '../core/assistant/model-error.ts';

/** Retryable: rate limits, server errors, timeouts, dropped connections and bodies cut short. Not: the rest. */
export function toModelError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof APIConnectionTimeoutError || isAbort(error)) {
    return new ModelError('the model server did not answer in time', {
      retryable: true,
      code: 'timeout',
      cause: error,
    });
  }
  if (error instanceof APIUserAbortError) {
    return new ModelError('the request was aborted', { retryable: true, code: 'aborted', cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ModelError(`could not reach the model server: ${error.message}`, {
      retryable: true,
      code: 'connection',
      cause: error,
    });
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryAfterMs = retryAfter(error.headers);
    // A used-up quota also comes as 429, but waiting a few minutes will not fix it.
    const quota = error.code === 'insufficient_quota';
    const retryable = !quota && (status === 408 || status === 409 || status === 429 || status >= 500);
    const code =
      status === 429
        ? quota
          ? 'insufficient_quota'
          : 'rate_limited'
        : status >= 500
          ? 'server_error'
          : httpCode(status);
    return new ModelError(`model server answered ${status}: ${error.message}`, {
      retryable,
      status,
      code,
      cause: error,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (error instanceof SyntaxError) {
    // A 200 whose body is not JSON: a proxy cut it short or a server hiccuped. Worth another try, within the
    // queue's attempt limit; a server that always does this fails the run after those attempts.
    return new ModelError(`the model server sent a body that is not JSON: ${error.message}`, {
      retryable: true,
      code: 'bad_response',
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError(`model call failed: ${message}`, { retryable: false, code: 'unexpected', cause: error });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function httpCode(status: number): string {
  switch (status) {
    case 400:
    case 422:
      return 'bad_request';
    case 401:
    case 403:
      return 'unauthorized';
    case 404:
      return 'not_found';
    default:
      return `http_${status}`;
  }
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
