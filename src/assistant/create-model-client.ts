/**
 * Picks the OpenAI API a server is spoken to with (OPENAI_API_STYLE). `auto` starts on Responses and moves to
 * Chat Completions for good once the server answers 404 there, as servers that serve only chat do.
 */
import type { ModelClient, ModelRequest, ModelResponse } from '../core/assistant/model-client.ts';
import { ModelError } from '../core/assistant/model-error.ts';
import type { OpenAIApiStyle } from './openai-api-style.ts';
import { createOpenAIChatClient } from './openai-chat-client.ts';
import { createOpenAIResponsesClient, type OpenAIResponsesOptions } from './openai-responses-client.ts';

/** The one log line saying which API `auto` settled on; pino's logger fits. */
export interface StyleLog {
  info(fields: { apiStyle: 'responses' | 'chat' }, message: string): void;
}

export interface ModelClientOptions extends OpenAIResponsesOptions {
  readonly style: OpenAIApiStyle;
  readonly log?: StyleLog;
}

export function createModelClient(options: ModelClientOptions): ModelClient {
  if (options.style === 'responses') return createOpenAIResponsesClient(options);
  if (options.style === 'chat') return createOpenAIChatClient(options);
  return createAutoClient(createOpenAIResponsesClient(options), createOpenAIChatClient(options), options.log);
}

function createAutoClient(responses: ModelClient, chat: ModelClient, log: StyleLog | undefined): ModelClient {
  let chosen: ModelClient | undefined;
  // The request finding out which API the server speaks; others wait for it rather than each meeting the 404.
  let probing: Promise<ModelResponse> | undefined;

  const choose = (style: 'responses' | 'chat'): void => {
    chosen = style === 'chat' ? chat : responses;
    log?.info(
      { apiStyle: style },
      `model server spoken to over the ${style === 'chat' ? 'Chat Completions' : 'Responses'} API`,
    );
  };

  const probe = async (request: ModelRequest): Promise<ModelResponse> => {
    try {
      const response = await responses.respond(request);
      choose('responses');
      return response;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    try {
      const response = await chat.respond(request);
      choose('chat');
      return response;
    } catch (error) {
      // A 404 on both (a wrong model name, a wrong base URL) says nothing about the API: decide later.
      if (!isNotFound(error)) choose('chat');
      throw error;
    }
  };

  return {
    respond: async (request) => {
      while (!chosen && probing) await probing.catch(() => undefined);
      if (chosen) return chosen.respond(request);
      const current = probe(request);
      probing = current;
      try {
        return await current;
      } finally {
        if (probing === current) probing = undefined;
      }
    },
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof ModelError && error.status === 404;
}
