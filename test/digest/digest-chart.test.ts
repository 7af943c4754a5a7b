import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WeeklyDigest } from '../../src/core/digest/weekly-digest.ts';
import { createResvgChartRenderer } from '../../src/digest/chart/resvg-chart-renderer.ts';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function category(name: string, minor: number) {
  return { category: name, minor, amount: '', count: 1, previousMinor: 0, change: { kind: 'new' as const } };
}

const digest: WeeklyDigest = {
  userId: 1,
  week: '2026-W47',
  period: { from: '2026-11-16', to: '2026-11-22', label: 'week 2026-W47' },
  previousWeek: '2026-W46',
  currencies: [
    {
      currency: 'INR',
      total: { minor: 290550, amount: '2905.50', count: 5 },
      previousTotalMinor: 0,
      totalChange: { kind: 'new' },
      categories: [category('rent share', 120000), category('groceries', 115050), category('snacks', 5500)],
      largest: [],
      topDay: { date: '2026-11-20', minor: 120000, amount: '1200.00', count: 1 },
    },
  ],
};

/** Width and height from the IHDR chunk, which must come first after the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(new TextDecoder().decode(png.subarray(12, 16)), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('digest chart', () => {
  test('is a PNG of the configured size, scaled', async () => {
    const chart = await createResvgChartRenderer({ size: { width: 800, height: 450 }, scale: 1.5 }).render(digest, {
      locale: 'en-IN',
    });
    assert.ok(chart);
    assert.deepEqual([...chart.png.subarray(0, 8)], pngSignature);
    assert.deepEqual(pngSize(chart.png), { width: 1200, height: 675 });
    assert.deepEqual({ width: chart.width, height: chart.height }, { width: 1200, height: 675 });
    // A blank image compresses to a few hundred bytes; bars and labels take far more.
    assert.ok(chart.png.length > 10_000, `only ${chart.png.length} bytes`);
  });

  test('the default size is 800 × 450', async () => {
    const chart = await createResvgChartRenderer().render(digest, { locale: 'en-IN' });
    assert.ok(chart);
    assert.deepEqual(pngSize(chart.png), { width: 800, height: 450 });
  });

  test('renders the same in a worker thread', async () => {
    const renderer = createResvgChartRenderer({ threads: 1 });
    try {
      const chart = await renderer.render(digest, { locale: 'en-IN' });
      assert.ok(chart);
      assert.deepEqual([...chart.png.subarray(0, 8)], pngSignature);
      assert.deepEqual(pngSize(chart.png), { width: 800, height: 450 });
    } finally {
      await renderer.close();
    }
  });

  test('an empty week has no chart', async () => {
    const chart = await createResvgChartRenderer().render({ ...digest, currencies: [] }, { locale: 'en-IN' });
    assert.equal(chart, undefined);
  });
});
