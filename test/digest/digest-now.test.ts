import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DigestChartRenderer } from '../../src/core/digest/digest-chart-renderer.ts';
import { digestNow } from '../../src/core/digest/digest-now.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

describe('the digest on demand', () => {
  let core: CoreHarness;
  before(async () => {
    // Wednesday 25 Nov 2026, 12:00 in Kolkata: this week is 2026-W48 (23–29 Nov).
    core = await createCoreHarness('2026-11-25T06:30:00Z');
    await core.say('asha', '250 groceries');
    await core.say('asha', '₹80 groceries yesterday');
    await core.say('asha', '120 fuel');
    await core.say('asha', '999 rent 20 nov');
  });
  after(() => core.close());

  const charted: Array<ReadonlyArray<string>> = [];
  const chart: DigestChartRenderer = {
    render: async (digest) => {
      charted.push(digest.currencies.flatMap((block) => block.categories.map((row) => row.category)));
      return { png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), width: 800, height: 400 };
    },
  };

  test('covers this week so far in the user’s zone, with sums from the database, and the chart of it', async () => {
    const message = await digestNow({ store: core.store, clock: core.clock, chart }, 'cli', 'asha');
    assert.match(message.text, /^Your week 2026-W48 \(23 Nov – 29 Nov\)\n\nTotal: ₹450\.00 in 3 expenses/);
    assert.doesNotMatch(message.text, /rent/, 'last week is not in it');
    assert.deepEqual(charted.at(-1), ['groceries', 'fuel']);
    assert.equal(message.chart?.width, 800);
  });

  test('without a renderer, or when it fails, the digest is the text alone', async () => {
    const plain = await digestNow({ store: core.store, clock: core.clock }, 'cli', 'asha');
    assert.equal(plain.chart, undefined);
    const errors: unknown[] = [];
    const broken: DigestChartRenderer = {
      render: async () => {
        throw new Error('renderer down');
      },
    };
    const fallback = await digestNow(
      { store: core.store, clock: core.clock, chart: broken, onChartError: (error) => errors.push(error) },
      'cli',
      'asha',
    );
    assert.equal(fallback.text, plain.text);
    assert.equal(fallback.chart, undefined);
    assert.equal(errors.length, 1);
  });

  test('someone who never wrote gets a hint, and nobody else’s numbers', async () => {
    const message = await digestNow({ store: core.store, clock: core.clock, chart }, 'cli', 'stranger');
    assert.match(message.text, /^Nothing recorded yet/);
    assert.equal(message.chart, undefined);
  });
});
