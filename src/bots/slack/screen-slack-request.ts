/**
 * Checks a request to the Slack endpoint before Bolt's receiver sees it, for what Bolt lets through:
 * Bolt refuses a signed timestamp more than five minutes old but not one from the future (a signature
 * captured with a clock far ahead would replay for hours), and a signed body that is JSON but no object
 * (`null`) fails inside Bolt as an error instead of a 400.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parse } from 'node:querystring';
import { HttpRequestError } from '../../infra/http/http-request-error.ts';

/** Slack's own tolerance, in both directions. */
export const timestampToleranceSeconds = 5 * 60;

/** Throws a 401 or 400 HttpRequestError for a request Bolt should not get. */
export function screenSlackRequest(headers: IncomingHttpHeaders, body: Buffer, nowMs: number): void {
  const timestamp = headers['x-slack-request-timestamp'];
  // Absent on Slack's unsigned ssl_check; Bolt decides about those.
  if (timestamp !== undefined) {
    const seconds = Number(timestamp);
    if (!/^\d{1,12}$/.test(String(timestamp)) || Math.abs(nowMs / 1000 - seconds) > timestampToleranceSeconds) {
      throw new HttpRequestError(401, 'x-slack-request-timestamp is more than 5 minutes from now');
    }
  }
  if (!isObjectPayload(headers['content-type'], body.toString('utf8'))) {
    throw new HttpRequestError(400, 'the body is not a Slack payload');
  }
}

/** Mirrors Bolt's parsing: a form body (with or without a JSON `payload` field), anything else JSON. */
function isObjectPayload(contentType: string | undefined, text: string): boolean {
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parse(text);
      return typeof payload !== 'string' || isObject(JSON.parse(payload));
    }
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}
