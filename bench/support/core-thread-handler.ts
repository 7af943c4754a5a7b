/**
 * Loaded inside the handler thread by `--core threaded`: the benchmark's core on the same SQLite file, with the
 * digest reset finbot's own handler runs after each message.
 */
import type { ThreadHandler } from '../../src/app/handler-thread/handler-thread-worker.ts';
import { resumingDigests } from '../../src/app/resume-digests-on-message.ts';
import { createBenchCore } from './bench-core.ts';

export async function createThreadHandler(options: { now: string; url: string }): Promise<ThreadHandler> {
  const core = await createBenchCore(options.now, options.url);
  return { handle: resumingDigests(core.handle, core.database.db, console), close: () => core.close() };
}
