/**
 * The dashboard's own files from src/web/assets, served by finbot itself (a self-hosted deployment may have no
 * internet). Read once, cached by the browser.
 */
import { readFileSync } from 'node:fs';
import { sendBody } from '../web-response.ts';
import type { RouteContext } from './route-context.ts';

interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

const assetFolder = new URL('../assets/', import.meta.url);

const assetFiles: Readonly<Record<string, () => URL>> = {
  'dashboard.css': () => new URL('dashboard.css', assetFolder),
  'telegram-login.js': () => new URL('telegram-login.js', assetFolder),
  'login-link.js': () => new URL('login-link.js', assetFolder),
};

const loaded = new Map<string, Asset>();

function asset(name: string): Asset | undefined {
  const cached = loaded.get(name);
  if (cached) return cached;
  const file = assetFiles[name];
  if (!file) return undefined;
  const body = readFileSync(file());
  const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  const read = { body, type };
  loaded.set(name, read);
  return read;
}

export const assetPrefix = '/dashboard/assets/';

export function sendAsset(ctx: RouteContext): boolean {
  const found = asset(ctx.url.pathname.slice(assetPrefix.length));
  if (!found) return false;
  sendBody(ctx.response, 200, found.body, { 'content-type': found.type, 'cache-control': 'public, max-age=3600' });
  return true;
}
