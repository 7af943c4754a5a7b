/** DigestChartRenderer: the category bar chart as SVG, rasterised by resvg in this thread or in a pool of worker threads. */
import { Worker } from 'node:worker_threads';
import type { DigestChart, DigestChartRenderer } from '../../core/digest/digest-chart-renderer.ts';
import { categoryChartSvg, chartedCurrency } from './category-chart-svg.ts';
import type { ChartWorkerRequest, ChartWorkerResponse } from './chart-worker.ts';
import { renderChartPng } from './render-chart-png.ts';
import type { ChartSize } from './svg-parts.ts';

export interface ResvgChartOptions {
  /** Layout size in CSS pixels; the PNG is this times `scale`. */
  readonly size?: ChartSize;
  readonly scale?: number;
  /** Worker threads to rasterise in (0: in the calling thread). A fan-out wants ≥ 1 so sends stay on time. */
  readonly threads?: number;
}

export interface ResvgChartRenderer extends DigestChartRenderer {
  /** Ends the worker threads. */
  close(): Promise<void>;
}

export const defaultChartSize: ChartSize = { width: 800, height: 450 };

export function createResvgChartRenderer(options: ResvgChartOptions = {}): ResvgChartRenderer {
  const size = options.size ?? defaultChartSize;
  const width = Math.round(size.width * (options.scale ?? 1));
  const pool = (options.threads ?? 0) > 0 ? createPool(options.threads ?? 1) : undefined;
  return {
    async render(digest, user): Promise<DigestChart | undefined> {
      if (!chartedCurrency(digest)) return undefined;
      const svg = categoryChartSvg(digest, user, size);
      return pool ? pool.render(svg, width) : renderChartPng(svg, width);
    },
    close: () => pool?.close() ?? Promise.resolve(),
  };
}

function createPool(threads: number) {
  type Pending = { resolve: (chart: DigestChart) => void; reject: (error: Error) => void };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./chart-worker.ts', import.meta.url));
    // Idle workers must not keep the process alive.
    worker.unref();
    const entry = { worker, pending: new Map<number, Pending>() };
    worker.on('message', (response: ChartWorkerResponse) => {
      const pending = entry.pending.get(response.id);
      entry.pending.delete(response.id);
      if (entry.pending.size === 0) worker.unref();
      if (!pending) return;
      if ('error' in response) pending.reject(new Error(`chart rendering failed: ${response.error}`));
      else pending.resolve({ png: new Uint8Array(response.png), width: response.width, height: response.height });
    });
    worker.on('error', (error) => {
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
    });
    return entry;
  });
  let sequence = 0;
  return {
    render(svg: string, width: number): Promise<DigestChart> {
      const entry = workers.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
      const id = ++sequence;
      return new Promise<DigestChart>((resolve, reject) => {
        entry.pending.set(id, { resolve, reject });
        entry.worker.ref();
        const request: ChartWorkerRequest = { id, svg, width };
        entry.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
