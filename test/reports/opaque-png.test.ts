import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { renderChartPng } from '../../src/digest/chart/render-chart-png.ts';
import { opaquePng } from '../../src/reports/pdf/opaque-png.ts';

/** The IHDR fields and the unfiltered RGB rows of a PNG written with filter 0 (as opaquePng writes). */
function readRgb(png: Buffer): {
  width: number;
  height: number;
  colorType: number;
  pixel(x: number, y: number): number[];
} {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png[25] ?? -1;
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  return {
    width,
    height,
    colorType,
    pixel: (x, y) => [...raw.subarray(y * (1 + width * 3) + 1 + x * 3, y * (1 + width * 3) + 4 + x * 3)],
  };
}

test('a chart drawn by resvg becomes an RGB PNG of the same size and colours, half-transparent pixels over white', async () => {
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">',
    '<rect x="0" y="0" width="20" height="20" fill="#4c78a8"/>',
    '<rect x="20" y="0" width="20" height="20" fill="#000000" fill-opacity="0.5"/>',
    '</svg>',
  ].join('');
  // Without a background, so the right half is truly half transparent.
  const { Resvg } = await import('@resvg/resvg-wasm');
  await renderChartPng(svg, 40); // loads the WebAssembly once
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 40 } });
  const image = resvg.render();
  const rgba = image.asPng();
  image.free();
  resvg.free();
  assert.equal(rgba[25], 6, 'resvg draws RGBA');
  const rgb = readRgb(opaquePng(rgba));
  assert.deepEqual([rgb.width, rgb.height, rgb.colorType], [40, 20, 2]);
  assert.deepEqual(rgb.pixel(5, 5), [0x4c, 0x78, 0xa8]);
  assert.deepEqual(rgb.pixel(19, 19), [0x4c, 0x78, 0xa8]);
  // 50 % black over white is mid grey (127 or 128 after rounding).
  for (const value of rgb.pixel(30, 10)) assert.ok(value >= 126 && value <= 129, `grey, got ${value}`);
});

test('a PNG that is not 8-bit RGBA is returned unchanged', () => {
  const notRgba = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082',
    'hex',
  );
  assert.deepEqual(opaquePng(notRgba), notRgba);
});
