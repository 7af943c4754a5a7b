/**
 * Answers from the dashboard, each with the same strict headers: a Content-Security-Policy that allows scripts,
 * styles and requests from finbot itself only (no inline script or style), no framing except by Telegram Web,
 * no referrer to other sites (a link's token never leaves in one; finbot's own pages keep theirs, so a form's Origin is
 * finbot's and can be checked), and no caching of a user's pages.
 */
import type { ServerResponse } from 'node:http';
import type { Html } from './html.ts';

const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  // Telegram Web opens Mini Apps in a frame; nothing else may frame the dashboard.
  "frame-ancestors 'self' https://web.telegram.org",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

export function sendHtml(
  response: ServerResponse,
  status: number,
  page: Html,
  headers: Readonly<Record<string, string | string[]>> = {},
): void {
  const body = `<!doctype html>\n${page.text}`;
  response.writeHead(status, {
    ...securityHeaders,
    'cache-control': 'no-store',
    ...headers,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** 303: after a form, the browser GETs `location` (a reload does not post again). */
export function redirect(
  response: ServerResponse,
  location: string,
  headers: Readonly<Record<string, string | string[]>> = {},
): void {
  response.writeHead(303, { ...securityHeaders, 'cache-control': 'no-store', ...headers, location });
  response.end();
}

export function sendBody(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Readonly<Record<string, string>>,
): void {
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}
