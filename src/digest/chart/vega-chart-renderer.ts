/** DigestChartRenderer on Vega-Lite → SVG → PNG (resvg compiled to WebAssembly, DejaVu fonts from npm): no system libraries. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { DigestChart, DigestChartRenderer } from '../../core/digest/digest-chart-renderer.ts';
import { type ChartSize, categoryChartSpec, chartedCurrency, chartFont } from './category-chart-spec.ts';

export interface VegaChartOptions {
  /** Layout size in CSS pixels; the PNG is this times `scale`. */
  readonly size?: ChartSize;
  readonly scale?: number;
}

export const defaultChartSize: ChartSize = { width: 800, height: 450 };

const require = createRequire(import.meta.url);
let fonts: Promise<Uint8Array[]> | undefined;

/** Loads the WebAssembly module and fonts on first use (once per process; initWasm refuses a second call). */
function loadOnce(): Promise<Uint8Array[]> {
  fonts ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Promise.all(
      ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
        readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
      ),
    );
  })();
  return fonts;
}

export function createVegaChartRenderer(options: VegaChartOptions = {}): DigestChartRenderer {
  const size = options.size ?? defaultChartSize;
  const scale = options.scale ?? 1;
  return {
    async render(digest, user): Promise<DigestChart | undefined> {
      if (!chartedCurrency(digest)) return undefined;
      const fontBuffers = await loadOnce();
      const view = new View(parse(compile(categoryChartSpec(digest, user, size)).spec), { renderer: 'none' });
      let svg: string;
      try {
        svg = await view.toSVG();
      } finally {
        view.finalize();
      }
      const width = Math.round(size.width * scale);
      const resvg = new Resvg(svg, {
        fitTo: { mode: 'width', value: width },
        font: { fontBuffers, defaultFontFamily: chartFont, loadSystemFonts: false },
        background: 'white',
      });
      try {
        const image = resvg.render();
        const chart = { png: image.asPng(), width: image.width, height: image.height };
        image.free();
        return chart;
      } finally {
        resvg.free();
      }
    },
  };
}
