/**
 * The question corpus: every question of test/corpus/questions.tsv asked through the real message handler,
 * without a model, over the seeded ledger; the reply must contain each expected figure. A question whose
 * class starts with "follow-up" is asked right after the line before it; any other starts a fresh context.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { questionLedger, questionLedgerNow } from '../corpus/question-ledger.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { createFreshPostgresDatabase } from '../support/fresh-postgres.ts';
import { seedLedger } from '../support/seed-ledger.ts';

interface CorpusLine {
  readonly question: string;
  readonly figures: ReadonlyArray<string>;
  readonly questionClass: string;
}

const corpus: ReadonlyArray<CorpusLine> = readFileSync(new URL('../corpus/questions.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [question = '', figures = '', questionClass = ''] = line.split('\t');
    return { question, figures: figures.split(' | '), questionClass };
  });

const user = 'corpus';

/** A core over `url` with the ledger entered for one user, and a way to ask with or without the last context. */
async function seededCore(url: string) {
  const core = await createCoreHarness(questionLedgerNow, url);
  const ownerId = await seedLedger(core, user, questionLedger, questionLedgerNow, 'seed');
  const thread = await core.store.getThread(ownerId);
  return {
    core,
    ask: async (line: CorpusLine) => {
      if (!line.questionClass.startsWith('follow-up')) await core.store.saveThreadContext(thread.id, {});
      return (await core.say(user, line.question)).text;
    },
  };
}

function missing(reply: string, line: CorpusLine): string[] {
  return line.figures.filter((figure) => !reply.includes(figure));
}

describe('the question corpus on SQLite: each reply quotes the exact figures', () => {
  let seeded: Awaited<ReturnType<typeof seededCore>>;
  let core: CoreHarness | undefined;
  before(async () => {
    seeded = await seededCore('sqlite::memory:');
    core = seeded.core;
  });
  after(() => core?.close());

  for (const line of corpus) {
    test(`"${line.question}" (${line.questionClass}) → ${line.figures.join(', ')}`, async () => {
      const reply = await seeded.ask(line);
      assert.deepEqual(missing(reply, line), [], `reply was:\n${reply}`);
    });
  }
});

describe('the question corpus on PostgreSQL', () => {
  test('every question gets the same figures as on SQLite', async () => {
    const fresh = await createFreshPostgresDatabase('finbot_corpus');
    const seeded = await seededCore(fresh.url);
    try {
      const failures: string[] = [];
      for (const line of corpus) {
        const reply = await seeded.ask(line);
        const lacking = missing(reply, line);
        if (lacking.length > 0) failures.push(`${line.question}: missing ${lacking.join(', ')}`);
      }
      assert.deepEqual(failures, []);
    } finally {
      await seeded.core.close();
      await fresh.drop();
    }
  });
});
