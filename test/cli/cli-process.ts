/** finbot's command line as a user runs it: `node src/main.ts …` in its own process, configured only by its environment. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const mainScript = resolve(import.meta.dirname, '../../src/main.ts');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary folder with a SQLite database file, and a fixed "now" (Wed 25 Nov 2026, noon in India). */
export interface CliWorkspace {
  readonly dir: string;
  readonly env: Record<string, string>;
  /** Runs `finbot <args>` with `input` piped to it (nothing when omitted) and waits for it to end. */
  run(args: string[], options?: { input?: string; env?: Record<string, string> }): Promise<CliRun>;
  remove(): void;
}

export function createCliWorkspace(): CliWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'finbot-cli-'));
  const env = {
    DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
    FINBOT_NOW: '2026-11-25T06:30:00Z',
    DEFAULT_TIMEZONE: 'Asia/Kolkata',
    DEFAULT_CURRENCY: 'INR',
    LOG_LEVEL: 'warn',
  };
  return {
    dir,
    env,
    run: (args, options = {}) => runCli(args, { cwd: dir, env: { ...env, ...options.env }, input: options.input }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The environment is only what the test gives (and PATH), so a developer's variables or `.env` file cannot leak
 * in; the working folder is the test's own for the same reason.
 */
export function runCli(args: string[], options: { cwd: string; env: Record<string, string>; input?: string }) {
  const child = spawn(process.execPath, [mainScript, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.input ?? '');
  return new Promise<CliRun>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`finbot ${args.join(' ')} did not end within 60 s; stdout so far:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.once('error', fail);
    child.once('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}
