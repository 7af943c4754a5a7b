/**
 * "typing…" while the model works on a question: Telegram shows a chat action for about 5 s, so it is
 * repeated every few seconds until the answer is delivered in this process, or a time limit passes.
 */

export interface TypingIndicators {
  /** Starts (or restarts) the indicator in `chatId`. */
  start(chatId: number): void;
  /** Stops it, e.g. because the answer is being sent. */
  stop(chatId: number): void;
  /** Chats with an indicator running. */
  active(): number;
  stopAll(): void;
}

export interface TypingOptions {
  readonly sendTyping: (chatId: number) => Promise<unknown>;
  readonly everyMs?: number;
  readonly maxMs?: number;
  readonly onError?: (error: unknown) => void;
}

export function createTypingIndicators(options: TypingOptions): TypingIndicators {
  const everyMs = options.everyMs ?? 4000;
  const maxMs = options.maxMs ?? 120_000;
  const running = new Map<number, { interval: NodeJS.Timeout; deadline: NodeJS.Timeout }>();

  function stop(chatId: number): void {
    const entry = running.get(chatId);
    if (!entry) return;
    clearInterval(entry.interval);
    clearTimeout(entry.deadline);
    running.delete(chatId);
  }

  function tick(chatId: number): void {
    options.sendTyping(chatId).catch((error: unknown) => options.onError?.(error));
  }

  return {
    start(chatId) {
      stop(chatId);
      tick(chatId);
      const interval = setInterval(() => tick(chatId), everyMs);
      const deadline = setTimeout(() => stop(chatId), maxMs);
      interval.unref();
      deadline.unref();
      running.set(chatId, { interval, deadline });
    },
    stop,
    active: () => running.size,
    stopAll() {
      for (const chatId of [...running.keys()]) stop(chatId);
    },
  };
}
