/** The user defaults every benchmark runs finbot with: rupees in Kolkata, weeks from Monday. */
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import type { CoreSettings } from '../../src/core/service/core-deps.ts';

export const benchSettings: CoreSettings = {
  defaults: { timeZone: 'Asia/Kolkata', currency: 'INR', locale: 'en-IN', weekStart: 1, digestEnabled: true },
  maxAmountMajor: 10_000_000,
  undoWindowMinutes: 60,
  digestSendAt: defaultDigestSendAt,
};
