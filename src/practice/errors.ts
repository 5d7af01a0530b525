/**
 * What a user did that the practice core refuses, with a message an adapter can show as it is: short,
 * kind, and naming the value that was wrong. Anything else thrown is a bug and gets a generic apology.
 */
export type PracticeErrorCode =
  | 'empty-answer'
  | 'answer-too-long'
  | 'unknown-question'
  | 'unknown-filter-value'
  | 'no-match'
  | 'invalid-user'
  | 'mock-count'
  | 'no-mock'
  | 'mock-expired'
  | 'mock-step-answered'
  | 'answer-first'
  | 'no-follow-up'
  | 'bad-lang';

export class PracticeError extends Error {
  override name = 'PracticeError';
  constructor(
    readonly code: PracticeErrorCode,
    /** Safe to show to the user. */
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

export const isPracticeError = (err: unknown): err is PracticeError => err instanceof PracticeError;
