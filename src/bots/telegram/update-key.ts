/** The core's message key for anything derived from one Telegram update: a redelivery carries the same id. */
export function updateKey(updateId: number): string {
  return `telegram:update:${updateId}`;
}
