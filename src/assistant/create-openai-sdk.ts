/** The OpenAI SDK client every API style shares: where the server is, how long to wait, and no retries of its own. */
import OpenAI from 'openai';

export interface OpenAIConnectionOptions {
  /** OPENAI_API_KEY; local servers that need none may leave it out when `baseURL` is set. */
  readonly apiKey?: string | undefined;
  /** OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama; the SDK's default is OpenAI. */
  readonly baseURL?: string | undefined;
  /** OPENAI_MODEL. */
  readonly model: string;
  /** Per HTTP request; a timeout is a retryable ModelError. Default 60 s. */
  readonly timeoutMs?: number;
  readonly maxOutputTokens?: number;
  /** For tests: a different fetch. */
  readonly fetch?: typeof fetch;
}

export function createOpenAISdk(options: OpenAIConnectionOptions): OpenAI {
  if (!options.apiKey && !options.baseURL) {
    throw new Error('OPENAI_API_KEY is required unless OPENAI_BASE_URL points at a server that needs no key');
  }
  return new OpenAI({
    // Local servers ignore the key, but the SDK insists on one.
    apiKey: options.apiKey || 'unused',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    // The queue owns retrying: it knows about attempts, backoff and what the tools already did.
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
