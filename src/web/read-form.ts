/** A form body (application/x-www-form-urlencoded) as single values by name; a repeated name keeps the first. */
import type { IncomingMessage } from 'node:http';
import { HttpRequestError } from '../infra/http/http-request-error.ts';

export type FormFields = ReadonlyMap<string, string>;

export function readForm(request: IncomingMessage, body: Buffer): FormFields {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new HttpRequestError(415, 'send the form as application/x-www-form-urlencoded');
  }
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}
