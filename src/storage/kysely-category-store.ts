/** The core's CategoryStore over Kysely, spread into the LedgerStore so it shares the store's transaction. */
import type { Kysely } from 'kysely';
import type { CategoryStore } from '../core/ports/category-store.ts';
import * as memories from './category-memory-repository.ts';
import { listCategorySpellings } from './category-spellings.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';

export function createCategoryStore(db: Kysely<Database>, dialect: DialectName): CategoryStore {
  return {
    findRememberedCategory: (userId, keywords) => memories.findRememberedCategory(db, dialect, userId, keywords),
    rememberCategory: (userId, keywords, category, at) =>
      memories.rememberCategory(db, dialect, userId, keywords, category, at),
    forgetCategoryKeywords: (userId, keywords) => memories.forgetCategoryKeywords(db, userId, keywords),
    listCategorySpellings: (userId, limit) => listCategorySpellings(db, dialect, userId, limit),
  };
}
