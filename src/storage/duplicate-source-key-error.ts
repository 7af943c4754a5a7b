/** Thrown by insertExpense when an expense with the same source key exists: a redelivery must not add it twice. */
export class DuplicateSourceKeyError extends Error {
  readonly code = 'duplicate_source_key';
  readonly sourceKey: string;

  constructor(sourceKey: string, options?: ErrorOptions) {
    super(`An expense with source key "${sourceKey}" exists already`, options);
    this.name = 'DuplicateSourceKeyError';
    this.sourceKey = sourceKey;
  }
}
