/** What every handler is given: the use cases, and the little state the adapter itself keeps. */
import type { Logger } from 'pino';
import { createBankSearch, type BankSearch } from '../../src/bank/search.ts';
import type { Bank } from '../../src/bank/schema.ts';
import type { Practice } from '../../src/practice/index.ts';
import type { Schedules } from '../../src/schedule/contract.ts';
import type { AnswerDrafts } from './drafts.ts';
import type { AnswerLimiter } from './rate-limit.ts';

export type DiscordContext = {
  practice: Practice;
  /** Daily rounds; null until the schedule part is wired in (see schedule-wiring.ts). */
  schedules: Schedules | null;
  /** The bank search for the bank loaded now (a reload brings a new bank and a new index). */
  search(): BankSearch;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  /** Discord does not tell bots a user's time zone: streak days are counted in this one. */
  defaultTimeZone: string;
  limiter: AnswerLimiter;
  drafts: AnswerDrafts;
};

/** One search index per loaded bank, built on first use. */
export function searchFor(practice: Pick<Practice, 'bank'>): () => BankSearch {
  const indexes = new WeakMap<Bank, BankSearch>();
  return () => {
    const bank = practice.bank;
    let index = indexes.get(bank);
    if (!index) indexes.set(bank, (index = createBankSearch(bank)));
    return index;
  };
}
