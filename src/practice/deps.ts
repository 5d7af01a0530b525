/** Everything the use cases are built from; src/app.ts supplies the real ones, tests fakes. */
import type { Bank } from '../bank/schema.ts';
import type { Scorer } from '../scoring/index.ts';
import type { Store } from '../store/index.ts';
import type { Clock, Random } from './ports.ts';

/** The slice of a pino logger the core uses. Answer texts are never passed to it. */
export type PracticeLog = {
  info(fields: object, message: string): void;
  debug(fields: object, message: string): void;
};

/** The only parts of the scorer the core uses, so it does not follow the scorer's other changes. */
export type AnswerScorer = Pick<Scorer, 'score' | 'scoreFollowUp'>;

export type PracticeDeps = {
  store: Store;
  /** The current bank: a getter, because a running bot reloads it (BankHolder). */
  bank: () => Bank;
  scorerFor: (bank: Bank) => AnswerScorer;
  clock: Clock;
  random: Random;
  log?: PracticeLog;
  /** Discord's modal allows 4,000 characters; the same limit everywhere keeps answers comparable. */
  maxAnswerChars?: number;
  /** Attempts that averages and trends look at. */
  window?: number;
};

export const MAX_ANSWER_CHARS = 4000;
