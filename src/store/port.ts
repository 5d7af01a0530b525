/**
 * The store port: what the use cases need from a database, asynchronous so that SQLite (embedded,
 * synchronous underneath) and PostgreSQL (over the network) both fit. The logical schema and every
 * query's meaning are the SQLite tables' (src/store/*.ts); src/store/postgres/ implements the same
 * methods with the same results, and test/store/contract.test.ts runs one suite against both.
 */
import type { AttemptsTable } from './attempts.ts';
import type { InstallationsTable } from './installations.ts';
import type { MocksTable } from './mocks.ts';
import type { ReviewCardsTable } from './review-cards.ts';
import type { RoundsTable } from './rounds.ts';
import type { SchedulesTable } from './schedules.ts';
import type { StandingsTable } from './standings.ts';
import type { UsersTable } from './users.ts';

/** The same methods, each returning a promise of what the synchronous SQLite one returns. */
export type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never };

export type Users = Async<UsersTable>;
export type Attempts = Async<AttemptsTable>;
export type ReviewCards = Async<ReviewCardsTable>;
export type Standings = Async<StandingsTable>;
export type Schedules = Async<SchedulesTable>;
export type Rounds = Async<RoundsTable>;
export type Installations = Async<InstallationsTable>;
export type Mocks = Async<MocksTable>;

export type Tables = {
  users: Users;
  attempts: Attempts;
  reviewCards: ReviewCards;
  standings: Standings;
  schedules: Schedules;
  rounds: Rounds;
  installations: Installations;
  mocks: Mocks;
};

export type Engine = 'sqlite' | 'postgres';

/**
 * The tables on the store itself run each call as its own statement. `write` and `read` run several
 * calls as one transaction on the tables they pass in (`tx`): use those inside, never the store's own,
 * or the call runs outside the transaction (PostgreSQL) or waits for it to end (SQLite, where it is
 * refused instead of deadlocking).
 */
export type Store = Tables & {
  readonly engine: Engine;
  /** Where the data lives, safe to log: a file path, or a PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * One write transaction; committed when `fn` resolves, rolled back when it throws. PostgreSQL runs
   * `fn` again from the start after a deadlock or serialization failure, so `fn` must only touch the store.
   */
  write<T>(fn: (tx: Tables) => Promise<T>): Promise<T>;
  /** Several reads from one snapshot. */
  read<T>(fn: (tx: Tables) => Promise<T>): Promise<T>;
  /**
   * After a deletion that must not linger (forget-me): takes old copies of the deleted rows out of the
   * engine's own files where it can at once (`complete: false` when that has to wait).
   */
  scrub(): Promise<{ complete: boolean }>;
  /** Row counts per table, for `store:copy` and health checks. */
  counts(): Promise<Record<TableName, number>>;
  close(): Promise<void>;
};

/** Every table, parents before children: the order `store:copy` inserts and checks in. */
export const TABLES = ['users', 'attempts', 'review_cards', 'question_bests', 'standings', 'schedules', 'rounds', 'slack_installations', 'mocks'] as const;
export type TableName = (typeof TABLES)[number];
