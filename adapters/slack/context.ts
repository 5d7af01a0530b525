/** What every handler is given: the use cases, and the little the adapter itself keeps. */
import type { Logger } from 'pino';
import type { Practice } from '../../src/practice/index.ts';
import type { Schedules } from '../../src/schedule/contract.ts';
import type { People } from './people.ts';

export type SlackContext = {
  practice: Practice;
  /** Daily rounds; null until the scheduler is wired in (see schedule-wiring.ts). */
  schedules: Schedules | null;
  people: People;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
};

/** A workspace is a leaderboard's community. */
export const scopeOf = (teamId: string) => `slack:${teamId}`;
