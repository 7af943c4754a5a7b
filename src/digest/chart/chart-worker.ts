/** Worker-thread entry of the chart renderer: rasterising takes ~25 ms of CPU, kept off the thread that paces sends. */
import { parentPort } from 'node:worker_threads';
import { renderChartPng } from './render-chart-png.ts';

export interface ChartWorkerRequest {
  readonly id: number;
  readonly svg: string;
  readonly width: number;
}

export type ChartWorkerResponse =
  | { readonly id: number; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: ChartWorkerRequest) => {
  renderChartPng(request.svg, request.width).then(
    (chart) => {
      const response: ChartWorkerResponse = { id: request.id, ...chart };
      parentPort?.postMessage(response, [chart.png.buffer as ArrayBuffer]);
    },
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: String(error) }),
  );
});
