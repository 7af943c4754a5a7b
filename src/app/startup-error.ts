/** A start-up failure the operator can fix; its message is one line naming the variable and what is wrong. */
export class StartupError extends Error {
  override name = 'StartupError';
}
