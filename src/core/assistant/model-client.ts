/** The model port: what the core sends to a language model and what it gets back, independent of any SDK. */

/** A conversation item sent to the model. Function calls and their outputs are resent every round (no server-side state). */
export type ModelInputItem =
  | { readonly type: 'message'; readonly role: 'user' | 'assistant'; readonly content: string }
  | { readonly type: 'function_call'; readonly callId: string; readonly name: string; readonly arguments: string }
  | { readonly type: 'function_call_output'; readonly callId: string; readonly output: string };

/** What the model produced: text for the user, or a request to run one of our tools. */
export type ModelOutputItem =
  | { readonly type: 'message'; readonly text: string }
  | { readonly type: 'function_call'; readonly callId: string; readonly name: string; readonly arguments: string };

/** A function tool as the model sees it; `parameters` is a JSON Schema. */
export interface ModelToolDefinition {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Strict schemas make the server hold the model to the schema; we validate again anyway. */
  readonly strict: boolean;
}

export interface ModelRequest {
  readonly instructions: string;
  readonly input: ReadonlyArray<ModelInputItem>;
  readonly tools: ReadonlyArray<ModelToolDefinition>;
  /** 'none' forbids tool calls, so the last round has to answer in text. */
  readonly toolChoice?: 'auto' | 'none';
}

export interface ModelUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** The part of `inputTokens` the server read from its prompt cache, when it says. */
  readonly cachedInputTokens?: number;
}

export interface ModelResponse {
  readonly id: string;
  readonly output: ReadonlyArray<ModelOutputItem>;
  readonly usage: ModelUsage;
}

/** Implemented outside the core (OpenAI Responses or Chat Completions API, …). Failures are thrown as ModelError. */
export interface ModelClient {
  respond(request: ModelRequest): Promise<ModelResponse>;
}
