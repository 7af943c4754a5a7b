/**
 * A webhook body as a Telegram update, or a 400. Only Telegram (or an emulator) posts here, so a body that is
 * not an update is a client's mistake; checking the fields the bot reads (ids, chat, sender, text) keeps a
 * malformed one from failing inside grammY or a handler, where it would be an error and a 500.
 */
import type { Update } from 'grammy/types';
import { HttpRequestError } from '../../infra/http/http-request-error.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => Number.isSafeInteger(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isText = (value: unknown) => typeof value === 'string';

const userFields = ['first_name', 'last_name', 'username', 'language_code'];

function isUser(value: unknown): boolean {
  return isObject(value) && isId(value.id) && userFields.every((field) => optional(value[field], isText));
}

function isChat(value: unknown): boolean {
  return isObject(value) && isId(value.id) && isText(value.type);
}

function isEntities(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((entity) => isObject(entity) && isText(entity.type) && isId(entity.offset) && isId(entity.length))
  );
}

function isMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    isId(value.message_id) &&
    isChat(value.chat) &&
    optional(value.from, isUser) &&
    optional(value.text, isText) &&
    optional(value.caption, isText) &&
    optional(value.entities, isEntities) &&
    optional(value.caption_entities, isEntities)
  );
}

/** The one field an update carries besides update_id: its kind's object, with whatever grammY reads checked. */
function isPayload(kind: string, value: unknown): boolean {
  if (!isObject(value)) return false;
  if (kind === 'callback_query') {
    return isText(value.id) && isUser(value.from) && optional(value.data, isText) && optional(value.message, isMessage);
  }
  if (kind.endsWith('message') || kind.endsWith('channel_post')) return isMessage(value);
  // Kinds the bot does not handle still pass through grammY's chat and sender lookups.
  return optional(value.chat, isChat) && optional(value.from, isUser) && optional(value.user, isUser);
}

export function readWebhookUpdate(body: Buffer): Update {
  let update: unknown;
  try {
    update = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpRequestError(400, 'the body is not JSON');
  }
  if (!isObject(update) || !isId(update.update_id) || (update.update_id as number) < 0) {
    throw new HttpRequestError(400, 'the body is not a Telegram update (no update_id)');
  }
  const kinds = Object.keys(update).filter((key) => key !== 'update_id');
  // Telegram sends at most one kind per update.
  if (kinds.length > 1 || !kinds.every((kind) => isPayload(kind, update[kind]))) {
    throw new HttpRequestError(400, 'the body is not a well-formed Telegram update');
  }
  return update as unknown as Update;
}
