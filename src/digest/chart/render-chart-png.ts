/** SVG → PNG with resvg compiled to WebAssembly and the DejaVu fonts from npm: no system libraries, no install scripts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { DigestChart } from '../../core/digest/digest-chart-renderer.ts';
import { chartFont } from './svg-parts.ts';

const require = createRequire(import.meta.url);
let fonts: Promise<Uint8Array[]> | undefined;

/** Loads the WebAssembly module and fonts on first use, once per thread (initWasm refuses a second call). */
function loadOnce(): Promise<Uint8Array[]> {
  fonts ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
    );
  })();
  return fonts;
}

/** Rasterises `svg` to `width` pixels wide (height follows the aspect ratio). */
export async function renderChartPng(svg: string, width: number): Promise<DigestChart> {
  const fontBuffers = await loadOnce();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontBuffers, defaultFontFamily: chartFont, loadSystemFonts: false },
    background: 'white',
  });
  try {
    const image = resvg.render();
    try {
      return { png: image.asPng(), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
