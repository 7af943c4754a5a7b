/** Loaded inside the handler thread by `--core threaded`: the benchmark's core on the same SQLite file. */
import type { ThreadHandler } from '../../src/app/handler-thread/handler-thread-worker.ts';
import { createCoreHarness } from '../../test/support/core-harness.ts';

export async function createThreadHandler(options: { now: string; url: string }): Promise<ThreadHandler> {
  const core = await createCoreHarness(options.now, options.url);
  return { handle: core.handle, close: () => core.close() };
}
