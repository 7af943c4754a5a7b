/** BullMQ queue names, in one place so producers and workers agree. A prefix keeps test runs apart. */
export const queueNames = {
  runs: 'finbot-runs',
  deliveries: 'finbot-deliveries',
  digests: 'finbot-digests',
  sweeps: 'finbot-sweeps',
  recurring: 'finbot-recurring',
  files: 'finbot-files',
} as const;
