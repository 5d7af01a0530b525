/**
 * The SQLite store, the embedded default: open (pragmas + migrations), typed synchronous tables, short
 * write transactions, online backup; and `sqliteStore`, the same behind the asynchronous store port.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
import { installationsTable } from './installations.ts';
import { mocksTable } from './mocks.ts';
import { TABLES, type Async, type Store, type TableName, type Tables } from './port.ts';

export type StoreOptions = {
  /** How long a writer waits for another process's write lock before SQLite gives up. */
  busyTimeoutMs?: number;
  readonly?: boolean;
  /** Checkpoint the WAL from a worker thread instead of inside commits (long-running processes). */
  backgroundCheckpoints?: boolean;
};

/** Pages of WAL after which a commit checkpoints by itself: the default 1,000 with no worker, 10,000 with one. */
const AUTO_CHECKPOINT = { alone: 1000, withWorker: 10_000 };

export type SqliteDb = ReturnType<typeof openSqlite>;

/** A scrub runs on the bot's only thread, inside a chat interaction's 3 s: it may wait this long, no more. */
const SCRUB_WAIT_MS = 250;

export function openSqlite(path: string, options: StoreOptions = {}) {
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
    installations: installationsTable(db),
    mocks: mocksTable(db),
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

export type SqliteStore = Store & { readonly engine: 'sqlite'; /** The synchronous store underneath: online backup, tests, benchmarks. */ readonly sqlite: SqliteDb };

const promised = <T extends object>(table: T, call: <R>(fn: () => R) => Promise<R>): Async<T> =>
  Object.fromEntries(Object.entries(table).map(([name, fn]) => [name, (...args: unknown[]) => call(() => (fn as (...a: unknown[]) => unknown)(...args))])) as Async<T>;

/** Who holds a database file in this process: a transaction, with the others queued behind it. */
type FileTurn = { busy: boolean; queue: (() => void)[] };
const turns = new Map<string, FileTurn>();

/**
 * SQLite behind the asynchronous port. A transaction owns the file from BEGIN to COMMIT: while it awaits
 * between statements, other callers queue instead of slipping their statements into it. The queue is
 * per file, not per connection: a second connection to the same file in this process (tests, tools)
 * would otherwise wait for the write lock in busy_timeout, blocking the very event loop the holder
 * needs to commit. Statements outside transactions run at once when nothing is open.
 */
export function sqliteStore(s: SqliteDb): SqliteStore {
  const { db } = s;
  const inside = new AsyncLocalStorage<true>();
  let turn: FileTurn = { busy: false, queue: [] };
  if (s.path !== ':memory:') {
    const file = resolve(s.path);
    turn = turns.get(file) ?? turn;
    turns.set(file, turn);
  }
  const acquire = (): Promise<void> | void => {
    if (!turn.busy) {
      turn.busy = true;
      return;
    }
    return new Promise<void>((resolve) => turn.queue.push(resolve));
  };
  const release = () => {
    const next = turn.queue.shift();
    if (next) next();
    else turn.busy = false;
  };
  const misuse = () => new Error('a store call inside store.write/read must use the tables passed to it (tx), not the store itself');

  async function transaction<T>(begin: string, fn: (tx: Tables) => Promise<T>): Promise<T> {
    if (inside.getStore()) throw misuse();
    await acquire();
    try {
      retryBusy(() => db.exec(begin));
      try {
        const result = await inside.run(true, () => fn(txTables));
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      release();
    }
  }

  const inTx = async <R>(fn: () => R): Promise<R> => fn();
  const alone = <R>(fn: () => R): Promise<R> => {
    if (inside.getStore()) return Promise.reject(misuse());
    if (!turn.busy) {
      try {
        return Promise.resolve(retryBusy(fn));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    return transaction('BEGIN DEFERRED', async () => retryBusy(fn));
  };
  const tablesWith = (call: <R>(fn: () => R) => Promise<R>): Tables => ({
    users: promised(s.users, call),
    attempts: promised(s.attempts, call),
    reviewCards: promised(s.reviewCards, call),
    standings: promised(s.standings, call),
    schedules: promised(s.schedules, call),
    rounds: promised(s.rounds, call),
    installations: promised(s.installations, call),
    mocks: promised(s.mocks, call),
  });
  const txTables = tablesWith(inTx);
  const countOf = Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck()]));

  return {
    engine: 'sqlite',
    location: s.path,
    sqlite: s,
    ...tablesWith(alone),
    write: (fn) => transaction('BEGIN IMMEDIATE', fn),
    read: (fn) => transaction('BEGIN DEFERRED', fn),
    scrub: () => alone(() => s.scrub()),
    counts: () => alone(() => Object.fromEntries(TABLES.map((t) => [t, countOf[t]!.get() as number])) as Record<TableName, number>),
    async close() {
      if (turn.busy) await transaction('BEGIN DEFERRED', async () => undefined);
      s.close();
    },
  };
}
