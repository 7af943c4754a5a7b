/** A fake OpenAI Responses API on a real local port, scripted turn by turn, recording every request it gets. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  /** A 200 whose body is cut off mid-JSON. */
  | { readonly type: 'malformed'; readonly delayMs?: number }
  /** A response the server reports as failed (status 'failed' with an error code). */
  | { readonly type: 'failed'; readonly code: string; readonly delayMs?: number };

/** A turn, or a function choosing one from the request (to answer with what the tools returned). */
export type FakeTurnSpec = FakeTurn | ((body: ResponsesRequestBody) => FakeTurn);

/** The request body as the SDK sent it (parsed JSON). */
export type ResponsesRequestBody = Record<string, unknown> & {
  readonly input?: ReadonlyArray<Record<string, unknown>>;
  readonly instructions?: string;
  readonly tools?: ReadonlyArray<Record<string, unknown>>;
};

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: ResponsesRequestBody | null;
}

export interface FakeOpenAI {
  /** Pass as the SDK's baseURL. */
  readonly baseURL: string;
  /** Every request received, in order. */
  readonly requests: ReadonlyArray<RecordedRequest>;
  /** Bodies of the POST /v1/responses requests, in order. */
  responseBodies(): ResponsesRequestBody[];
  /** Queues turns; each POST /v1/responses takes the next one. */
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
}

/** Starts the fake on 127.0.0.1 at a free port. An unscripted request gets a 500 that names the problem. */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const turns: FakeTurnSpec[] = [];
  const background = new Map<string, { polls: number; final: Record<string, unknown> }>();
  const pollsBeforeDone = options.pollsBeforeDone ?? 1;

  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: ResponsesRequestBody | null = null;
    try {
      body = text ? (JSON.parse(text) as ResponsesRequestBody) : null;
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
    if (req.method !== 'POST' || path !== '/v1/responses' || body === null) {
      return sendJson(
        res,
        404,
        errorBody(`The fake serves POST /v1/responses, not ${req.method} ${path}.`, 'not_found'),
      );
    }

    const next = turns.shift() ?? options.fallback;
    if (next === undefined) {
      return sendJson(res, 500, errorBody('The fake has no scripted turn left for this request.', 'server_error'));
    }
    let turn: FakeTurn;
    try {
      turn = typeof next === 'function' ? next(body) : next;
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
        res.end('{"id": "resp_broken", "object": "response", "output": [');
        return;
      default: {
        const response = responseObject(body, turn);
        if (body.background === true) {
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
    responseBodies: () =>
      requests
        .filter((request) => request.method === 'POST' && request.path === '/v1/responses' && request.body)
        .map((request) => request.body as ResponsesRequestBody),
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

function responseObject(
  body: ResponsesRequestBody,
  turn: Extract<FakeTurn, { type: 'calls' | 'text' | 'failed' }>,
): Record<string, unknown> {
  const id = `resp_${randomUUID().replaceAll('-', '')}`;
  let output: unknown[] = [];
  if (turn.type === 'calls') {
    output = turn.calls.map((call) => ({
      type: 'function_call',
      id: `fc_${randomUUID().slice(0, 8)}`,
      call_id: call.callId ?? `call_${randomUUID().slice(0, 8)}`,
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      status: 'completed',
    }));
  } else if (turn.type === 'text') {
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
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: failed ? 'failed' : 'completed',
    error: failed ? { code: turn.code, message: `Scripted failure ${turn.code}.` } : null,
    incomplete_details: null,
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
      input_tokens: Math.ceil(JSON.stringify(body).length / 4),
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: Math.ceil(JSON.stringify(output).length / 4),
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 0,
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
