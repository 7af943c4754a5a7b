/**
 * Runs a folder's tests that talk to the fake OpenAI server (through the assistant fixture or the run harness)
 * once more, in this process, with the harnesses speaking Chat Completions instead of the Responses API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testStyleVariable } from './openai-test-style.ts';

const usesTheFake = /\bcreate(AssistantFixture|RunHarness)\(/;

/** `folder` is the calling suite's own folder URL (`new URL('.', import.meta.url)`); the caller itself is skipped. */
export function againOverChatCompletions(folder: URL, caller: string): void {
  const files = readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.test.ts') && !caller.endsWith(`/${name}`))
    .filter((name) => usesTheFake.test(readFileSync(new URL(name, folder), 'utf8')))
    .sort();
  process.env[testStyleVariable] = 'chat';
  describe('over Chat Completions', async () => {
    // Importing a test file registers its tests inside this suite.
    for (const name of files) await import(new URL(name, folder).href);
  });
}
