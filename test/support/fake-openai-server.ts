/**
 * A fake OpenAI server on a real local port: the Responses API and Chat Completions, scripted turn by turn
 * (each model request of either API takes the next turn), recording every request it gets.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatRequestAsResponses } from './chat-request-as-responses.ts';

export interface ScriptedCall {
  readonly name: string;
  /** An object is sent as JSON; a string is sent as it is (to script broken JSON). */
  readonly arguments: unknown;
  readonly callId?: string;
}

export type FakeTurn =
  | { readonly type: 'calls'; readonly calls: ReadonlyArray<ScriptedCall>; readonly delayMs?: number }
  | { readonly type: 'text'; readonly text: string; readonly delayMs?: number }
  | {
      readonly type: 'error';
      readonly status: number;
      readonly code?: string;
      readonly message?: string;
      readonly retryAfter?: string;
      readonly delayMs?: number;
    }
  /** An answer cut off by the output limit: status 'incomplete' on Responses, finish_reason 'length' on chat. */
  | { readonly type: 'cut_off'; readonly text: string; readonly delayMs?: number }
  /** A 200 whose body is cut off mid-JSON. */
  | { readonly type: 'malformed'; readonly delayMs?: number }
  /**
   * A response the server reports as failed (status 'failed' with an error code). Chat Completions has no
   * failed responses: there it is an HTTP error (500 for server_error, 429 for rate_limit_exceeded, else 400).
   */
  | { readonly type: 'failed'; readonly code: string; readonly delayMs?: number };

/** A turn, or a function choosing one from the request (to answer with what the tools returned). */
export type FakeTurnSpec = FakeTurn | ((body: ResponsesRequestBody) => FakeTurn);

/**
 * A model request in the Responses API's shape (parsed JSON): a /v1/responses body as the SDK sent it, or a
 * /v1/chat/completions body converted to it (system message as `instructions`, tool calls and results as items).
 */
export type ResponsesRequestBody = Record<string, unknown> & {
  readonly input?: ReadonlyArray<Record<string, unknown>>;
  readonly instructions?: string;
  readonly tools?: ReadonlyArray<Record<string, unknown>>;
};

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** As sent, in the wire format of the API it was sent to. */
  readonly body: Record<string, unknown> | null;
}

export interface FakeOpenAI {
  /** Pass as the SDK's baseURL. */
  readonly baseURL: string;
  /** Every request received, in order. */
  readonly requests: ReadonlyArray<RecordedRequest>;
  /** The model requests answered (POST /v1/responses or /v1/chat/completions), in order, in the Responses shape. */
  responseBodies(): ResponsesRequestBody[];
  /** Queues turns; each model request takes the next one. */
  script(...turns: ReadonlyArray<FakeTurnSpec>): void;
  /** Turns not used yet. */
  remaining(): number;
  close(): Promise<void>;
}

export interface FakeOpenAIOptions {
  /** Background responses report in_progress to this many polls before completing. Default 1. */
  readonly pollsBeforeDone?: number;
  /** Answers every request the script has no turn for (for load tests where order across users is unknown). */
  readonly fallback?: FakeTurnSpec;
  /** Answers 404 to POST /v1/responses, as a server that serves only Chat Completions does. */
  readonly chatOnly?: boolean;
}

type ApiStyle = 'responses' | 'chat';

const charsPerToken = 4;

/** Starts the fake on 127.0.0.1 at a free port. An unscripted request gets a 500 that names the problem. */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const modelRequests: ResponsesRequestBody[] = [];
  const turns: FakeTurnSpec[] = [];
  const background = new Map<string, { polls: number; final: Record<string, unknown> }>();
  const pollsBeforeDone = options.pollsBeforeDone ?? 1;
  const promptCache = createPromptCache();

  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: Record<string, unknown> | null = null;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });

    const retrieve = /^\/v1\/responses\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && retrieve) {
      const stored = background.get(retrieve[1] ?? '');
      if (!stored) return sendJson(res, 404, errorBody('No response with that id.', 'not_found'));
      stored.polls += 1;
      const done = stored.polls > pollsBeforeDone;
      return sendJson(res, 200, done ? stored.final : { ...stored.final, status: 'in_progress', output: [] });
    }
    if (req.method === 'POST' && /^\/v1\/responses\/[^/]+\/cancel$/.test(path)) {
      return sendJson(res, 200, { id: 'cancelled', object: 'response', status: 'cancelled', output: [] });
    }
    const style = modelPaths.get(path);
    if (req.method !== 'POST' || style === undefined || body === null || (style === 'responses' && options.chatOnly)) {
      // What servers built on Go's or Python's routers send for a path they lack: not the API's JSON error.
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404 page not found');
      return;
    }

    const request = style === 'chat' ? chatRequestAsResponses(body) : (body as ResponsesRequestBody);
    modelRequests.push(request);
    const next = turns.shift() ?? options.fallback;
    if (next === undefined) {
      return sendJson(res, 500, errorBody('The fake has no scripted turn left for this request.', 'server_error'));
    }
    let turn: FakeTurn;
    try {
      turn = typeof next === 'function' ? next(request) : next;
    } catch (error) {
      // A scripting mistake in a test shows up as a clear 500 rather than an unhandled rejection.
      return sendJson(res, 500, errorBody(`The scripted turn threw: ${String(error)}`, 'server_error'));
    }
    if (turn.delayMs) {
      const aborted = await wait(turn.delayMs, res);
      if (aborted) return;
    }
    switch (turn.type) {
      case 'error': {
        const headers: Record<string, string> = turn.retryAfter ? { 'retry-after': turn.retryAfter } : {};
        return sendJson(res, turn.status, errorBody(turn.message ?? `Scripted ${turn.status}.`, turn.code), headers);
      }
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(style === 'chat' ? '{"id": "chatcmpl_broken", "choices": [' : '{"id": "resp_broken", "output": [');
        return;
      default: {
        const usage = {
          inputTokens: Math.ceil(text.length / charsPerToken),
          cachedTokens: promptCache.cachedTokens(request),
        };
        if (style === 'chat') {
          if (turn.type === 'failed') {
            return sendJson(res, failedStatus(turn.code), errorBody(`Scripted failure ${turn.code}.`, turn.code));
          }
          return sendJson(res, 200, chatCompletionObject(body, turn, usage));
        }
        const response = responseObject(request, turn, usage);
        if (request.background === true) {
          background.set(response.id as string, { polls: 0, final: response });
          return sendJson(res, 200, { ...response, status: 'queued', output: [] });
        }
        return sendJson(res, 200, response);
      }
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    responseBodies: () => [...modelRequests],
    script: (...more) => {
      turns.push(...more);
    },
    remaining: () => turns.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const modelPaths = new Map<string, ApiStyle>([
  ['/v1/responses', 'responses'],
  ['/v1/chat/completions', 'chat'],
]);

interface FakeUsage {
  readonly inputTokens: number;
  readonly cachedTokens: number;
}

/**
 * Like a server's prompt cache: the tokens at the start of a request (instructions, then tools) that an
 * earlier request began with too, counted as about four characters a token.
 */
function createPromptCache(): { cachedTokens(request: ResponsesRequestBody): number } {
  const seen = new Set<string>();
  return {
    cachedTokens: (request) => {
      const prefix = `${request.instructions ?? ''}${JSON.stringify(request.tools ?? [])}`;
      let shared = seen.has(prefix) ? prefix.length : 0;
      for (const earlier of seen) {
        if (shared === prefix.length) break;
        shared = Math.max(shared, commonPrefixLength(prefix, earlier));
      }
      seen.add(prefix);
      return Math.floor(shared / charsPerToken);
    },
  };
}

function commonPrefixLength(a: string, b: string): number {
  const end = Math.min(a.length, b.length);
  let index = 0;
  while (index < end && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  return index;
}

function failedStatus(code: string): number {
  if (code === 'server_error') return 500;
  if (code === 'rate_limit_exceeded') return 429;
  return 400;
}

function scriptedArguments(call: ScriptedCall): string {
  return typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
}

function responseObject(
  body: ResponsesRequestBody,
  turn: Extract<FakeTurn, { type: 'calls' | 'text' | 'cut_off' | 'failed' }>,
  usage: FakeUsage,
): Record<string, unknown> {
  const id = `resp_${randomUUID().replaceAll('-', '')}`;
  let output: unknown[] = [];
  if (turn.type === 'calls') {
    output = turn.calls.map((call) => ({
      type: 'function_call',
      id: `fc_${randomUUID().slice(0, 8)}`,
      call_id: call.callId ?? `call_${randomUUID().slice(0, 8)}`,
      name: call.name,
      arguments: scriptedArguments(call),
      status: 'completed',
    }));
  } else if (turn.type === 'text' || turn.type === 'cut_off') {
    output = [
      {
        type: 'message',
        id: `msg_${randomUUID().slice(0, 8)}`,
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: turn.text, annotations: [] }],
      },
    ];
  }
  const failed = turn.type === 'failed';
  const outputTokens = Math.ceil(JSON.stringify(output).length / charsPerToken);
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: failed ? 'failed' : turn.type === 'cut_off' ? 'incomplete' : 'completed',
    error: failed ? { code: turn.code, message: `Scripted failure ${turn.code}.` } : null,
    incomplete_details: turn.type === 'cut_off' ? { reason: 'max_output_tokens' } : null,
    instructions: body.instructions ?? null,
    model: body.model ?? 'fake-model',
    output,
    parallel_tool_calls: true,
    temperature: null,
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: null,
    background: body.background === true,
    store: body.store ?? false,
    usage: {
      input_tokens: usage.inputTokens,
      input_tokens_details: { cached_tokens: usage.cachedTokens },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: usage.inputTokens + outputTokens,
    },
  };
}

/** A chat.completion object as OpenAI sends it: one choice whose message holds the text or the tool calls. */
function chatCompletionObject(
  body: Record<string, unknown>,
  turn: Extract<FakeTurn, { type: 'calls' | 'text' | 'cut_off' }>,
  usage: FakeUsage,
): Record<string, unknown> {
  const message =
    turn.type === 'calls'
      ? {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: turn.calls.map((call) => ({
            id: call.callId ?? `call_${randomUUID().slice(0, 8)}`,
            type: 'function',
            function: { name: call.name, arguments: scriptedArguments(call) },
          })),
        }
      : { role: 'assistant', content: turn.text, refusal: null };
  const completionTokens = Math.ceil(JSON.stringify(message).length / charsPerToken);
  return {
    id: `chatcmpl-${randomUUID().replaceAll('-', '')}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: turn.type === 'calls' ? 'tool_calls' : turn.type === 'cut_off' ? 'length' : 'stop',
      },
    ],
    usage: {
      prompt_tokens: usage.inputTokens,
      completion_tokens: completionTokens,
      total_tokens: usage.inputTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: usage.cachedTokens, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    },
  };
}

function errorBody(message: string, code?: string): Record<string, unknown> {
  return { error: { message, type: 'invalid_request_error', param: null, code: code ?? null } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Waits, unless the client gives up first (a timeout): then true, and nothing is sent. */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(res.destroyed), ms);
    res.on('close', () => {
      if (!res.writableEnded) {
        clearTimeout(timer);
        resolve(true);
      }
    });
  });
}
