/** Failures of the store that callers may want to tell apart from a bug. */
export type StoreErrorCode = 'newer-schema' | 'cannot-open' | 'backup-failed';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
  }
}
