import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DigestChartRenderer } from '../../src/core/digest/digest-chart-renderer.ts';
import { type CoreHarness, createCoreHarness, message } from '../support/core-harness.ts';

describe('"digest now" through the core', () => {
  const charted: Array<ReadonlyArray<string>> = [];
  let failChart = false;
  const chart: DigestChartRenderer = {
    render: async (digest) => {
      if (failChart) throw new Error('renderer down');
      charted.push(digest.currencies.flatMap((block) => block.categories.map((row) => row.category)));
      return { png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), width: 800, height: 400 };
    },
  };
  const errors: unknown[] = [];
  let core: CoreHarness;
  let sequence = 0;
  const ask = (user: string, text: string, showsCharts: boolean) =>
    core.handle({ ...message(user, text, `digest-now:${++sequence}`), showsCharts });

  before(async () => {
    // Wednesday 25 Nov 2026, 12:00 in Kolkata: this week is 2026-W48 (23–29 Nov).
    core = await createCoreHarness('2026-11-25T06:30:00Z', 'sqlite::memory:', undefined, {
      digestChart: chart,
      onError: (error) => errors.push(error),
    });
    await core.say('asha', '250 groceries');
    await core.say('asha', '₹80 groceries yesterday');
    await core.say('asha', '120 fuel');
    await core.say('asha', '999 rent 20 nov');
  });
  after(() => core.close());

  test('covers this week so far in the user’s zone, with sums from the database, and the chart of it', async () => {
    const reply = await ask('asha', 'digest now', true);
    assert.equal(reply.kind, 'digest');
    assert.match(reply.text, /^Your week 2026-W48 \(23 Nov – 29 Nov\)\n\nTotal: ₹450\.00 in 3 expenses/);
    assert.doesNotMatch(reply.text, /rent/, 'last week is not in it');
    assert.deepEqual(charted.at(-1), ['groceries', 'fuel']);
    assert.equal(reply.chart?.width, 800);
  });

  test('"/digest now" and "/digest@finbot_bot now" are the same command', async () => {
    for (const text of ['/digest now', '/digest@finbot_bot now', 'Digest now!']) {
      const reply = await ask('asha', text, false);
      assert.equal(reply.kind, 'digest', text);
      assert.match(reply.text, /Total: ₹450\.00/);
    }
  });

  test('an adapter that shows no charts gets the text, and no chart is drawn for it', async () => {
    const drawn = charted.length;
    const reply = await ask('asha', 'digest now', false);
    assert.equal(reply.chart, undefined);
    assert.match(reply.text, /Total: ₹450\.00/);
    assert.equal(charted.length, drawn);
  });

  test('a chart that fails to draw leaves the text, and the failure is reported', async () => {
    failChart = true;
    try {
      const reply = await ask('asha', 'digest now', true);
      assert.equal(reply.kind, 'digest');
      assert.equal(reply.chart, undefined);
      assert.match(reply.text, /Total: ₹450\.00/);
      assert.equal(errors.length, 1);
    } finally {
      failChart = false;
    }
  });

  test('the chart is never stored with the reply: a redelivery gets the text alone', async () => {
    const first = await core.handle({ ...message('asha', 'digest now', 'digest-now:again'), showsCharts: true });
    assert.ok(first.chart);
    const again = await core.handle({ ...message('asha', 'digest now', 'digest-now:again'), showsCharts: true });
    assert.equal(again.repeated, true);
    assert.equal(again.text, first.text);
    assert.equal(again.chart, undefined);
  });

  test('someone new gets their own empty week, nobody else’s numbers', async () => {
    const reply = await ask('stranger', 'digest now', true);
    assert.equal(reply.kind, 'digest');
    assert.doesNotMatch(reply.text, /450/);
  });
});
