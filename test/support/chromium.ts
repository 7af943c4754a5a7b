/** Debian's chromium, launched the one way the browser tests and the dashboard bench use (playwright-core never downloads a browser). */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Why a browser test skips on this machine, or false when chromium is installed. */
export const withoutChromium: string | false = existsSync(chromiumPath)
  ? false
  : `no chromium at ${chromiumPath} (apt-get install -y chromium)`;

/** Headless, and quiet: no first-run pages, no background downloads, no QUIC. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(extraFlags: ReadonlyArray<string> = []): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: [...flags, ...extraFlags] });
}
