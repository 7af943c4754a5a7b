/** What the platform sender tests share: a digest with a chart, a pace that never waits, and a failure check. */
import assert from 'node:assert/strict';
import type { DigestMessage } from '../../src/core/digest/digest-sender.ts';
import { DeliveryError } from '../../src/core/ports/delivery-error.ts';

/** The first bytes of a PNG, and a few more: senders pass the chart on without looking inside. */
export const chartPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

export const chartDigest: DigestMessage = {
  text: 'Your week 2026-W47\n\nTotal: ₹250.00',
  chart: { png: chartPng, width: 800, height: 450 },
};

export const noPace = async (): Promise<void> => {};

/** Asserts that `promise` fails with a DeliveryError of `kind`, and returns it. */
export async function deliveryFailure(promise: Promise<unknown>, kind: DeliveryError['kind']): Promise<DeliveryError> {
  let failure: unknown;
  await assert.rejects(promise, (error: unknown) => {
    failure = error;
    return error instanceof DeliveryError && error.kind === kind;
  });
  return failure as DeliveryError;
}

/** A pace that counts how often a sender waited its turn. */
export function countingPace(): { readonly wait: () => Promise<void>; readonly count: () => number } {
  let count = 0;
  return {
    wait: async () => {
      count++;
    },
    count: () => count,
  };
}
