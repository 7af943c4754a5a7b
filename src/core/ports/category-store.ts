/** What the store knows about one user's categories: the spellings they use and the words they taught finbot. */

export interface CategoryStore {
  /**
   * The category remembered for any of these lower-case keywords of the user; when several are remembered,
   * the one taught last. Undefined when none is (or `keywords` is empty).
   */
  findRememberedCategory(userId: number, keywords: ReadonlyArray<string>): Promise<string | undefined>;
  /** Remembers each keyword → `category` for the user, replacing what those keywords meant before. */
  rememberCategory(userId: number, keywords: ReadonlyArray<string>, category: string, at: string): Promise<void>;
  /** Forgets these keywords of the user; others' memories and unknown keywords are left alone. */
  forgetCategoryKeywords(userId: number, keywords: ReadonlyArray<string>): Promise<void>;
  /** The user's distinct category spellings on live expenses, most used first, at most `limit`. */
  listCategorySpellings(userId: number, limit: number): Promise<string[]>;
}
