/** The SQLite store: open (pragmas + migrations), typed tables, short write transactions, online backup. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { attemptsTable } from './attempts.ts';
import { startCheckpointer } from './checkpoint.ts';
import { retryBusy } from './busy.ts';
import { StoreError } from './errors.ts';
import { migrate } from './migrate.ts';
import { reviewCardsTable } from './review-cards.ts';
import { roundsTable } from './rounds.ts';
import { schedulesTable } from './schedules.ts';
import { standingsTable } from './standings.ts';
import { usersTable } from './users.ts';

export { StoreError } from './errors.ts';
export type { AttemptPoint, DimensionPercents, NewAttempt, StoredAttempt } from './attempts.ts';
export type { ReviewCardRow } from './review-cards.ts';
export type { NewRound, RoundResultRow, RoundRow, RoundStatus } from './rounds.ts';
export type { ChannelKey, ScheduleFiltersRow, ScheduleRow, ScheduleSettings } from './schedules.ts';
export type { StandingRow } from './standings.ts';
export type { UserIdentity, UserRow } from './users.ts';

export type StoreOptions = {
  /** How long a writer waits for another process's write lock before SQLite gives up. */
  busyTimeoutMs?: number;
  readonly?: boolean;
  /** Checkpoint the WAL from a worker thread instead of inside commits (long-running processes). */
  backgroundCheckpoints?: boolean;
};

/** Pages of WAL after which a commit checkpoints by itself: the default 1,000 with no worker, 10,000 with one. */
const AUTO_CHECKPOINT = { alone: 1000, withWorker: 10_000 };

export type Store = ReturnType<typeof openStore>;

/** A scrub runs on the bot's only thread, inside a chat interaction's 3 s: it may wait this long, no more. */
const SCRUB_WAIT_MS = 250;

export function openStore(path: string, options: StoreOptions = {}) {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new StoreError('cannot-open', `cannot open the database at ${path}: ${(err as Error).message}`);
  }
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!options.readonly) {
    retryBusy(() => db.pragma('journal_mode = WAL'));
    // In WAL mode NORMAL loses no committed transaction when a process dies (kill -9); only a power
    // cut can drop the last commits. It saves an fsync per submit.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not just unlinked: "forget me" must remove the bytes too.
  db.pragma('secure_delete = ON');
  if (!options.readonly) retryBusy(() => migrate(db));
  const background = options.backgroundCheckpoints === true && path !== ':memory:' && !options.readonly;
  db.pragma(`wal_autocheckpoint = ${background ? AUTO_CHECKPOINT.withWorker : AUTO_CHECKPOINT.alone}`);
  const checkpointer = background ? startCheckpointer(path) : undefined;

  const run = db.transaction((fn: () => unknown) => fn());
  return {
    db,
    path,
    users: usersTable(db),
    attempts: attemptsTable(db),
    reviewCards: reviewCardsTable(db),
    standings: standingsTable(db),
    schedules: schedulesTable(db),
    rounds: roundsTable(db),
    /** A short write transaction that takes the write lock first (BEGIN IMMEDIATE), so busy_timeout applies. */
    write: <T>(fn: () => T): T => retryBusy(() => run.immediate(fn) as T),
    /** Several reads from one snapshot. */
    read: <T>(fn: () => T): T => retryBusy(() => run.deferred(fn) as T),
    /** SQLite's online backup: a consistent copy while other connections keep writing. */
    async backup(file: string): Promise<{ totalPages: number }> {
      mkdirSync(dirname(file), { recursive: true });
      try {
        const { totalPages } = await db.backup(file);
        return { totalPages };
      } catch (err) {
        throw new StoreError('backup-failed', `backup to ${file} failed: ${(err as Error).message}`);
      }
    },
    /**
     * After a deletion that must not linger (forget-me): copies the zeroed pages into the database file
     * and empties the WAL, where older copies of those pages still sit. It waits briefly for other
     * connections' readers; if they hold on, the next checkpoint finishes the job (`complete: false`).
     */
    scrub(): { complete: boolean } {
      if (path === ':memory:' || options.readonly) return { complete: true };
      const timeout = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma(`busy_timeout = ${SCRUB_WAIT_MS}`);
      try {
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        return { complete: result?.busy === 0 };
      } catch {
        return { complete: false };
      } finally {
        db.pragma(`busy_timeout = ${timeout}`);
      }
    },
    integrityCheck: () => db.pragma('integrity_check', { simple: true }) as string,
    close: () => {
      checkpointer?.stop();
      db.close();
    },
  };
}
