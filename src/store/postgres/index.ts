/**
 * The PostgreSQL store, chosen by DATABASE_URL=postgres://…: a connection pool (node-postgres), the
 * migrations under an advisory lock, and the port's tables. Several processes on several hosts share
 * one database; transactions and row locks keep each write whole, as SQLite's single writer does.
 */
import pg from 'pg';
import { StoreError } from '../errors.ts';
import { TABLES, type Store, type TableName, type Tables } from '../port.ts';
import { migratePostgres } from './migrate.ts';
import { postgresTables } from './tables.ts';

export type PostgresOptions = {
  /** Connections per process; each runs one transaction at a time. */
  poolSize?: number;
  /** Skip the migrations (a one-shot read, or a test that applies them itself). */
  migrate?: boolean;
  /** Names this process in pg_stat_activity. */
  applicationName?: string;
};

export type PostgresStore = Store & { readonly engine: 'postgres'; /** For tests, benchmarks and store:copy. */ readonly pool: pg.Pool };

const INT8 = 20;
/**
 * BIGINT (ids, UTC milliseconds, count(*)) arrives as a string by default, for values past 2^53. Ours
 * are far below that: parse them as numbers, as SQLite gives them.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

/** The URL with its password replaced, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** Deadlock and serialization failures: the transaction was rolled back and may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const isRetryable = (err: unknown) => RETRYABLE.has((err as { code?: string } | null)?.code ?? '');

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const location = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types, application_name: options.applicationName ?? 'constraint-coach' });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  try {
    if (options.migrate !== false) await migratePostgres(pool);
    else await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    // node-postgres messages never carry the password; the URL is shown without it.
    throw new StoreError('cannot-open', `cannot open the PostgreSQL database at ${location}: ${(err as Error).message}`);
  }

  async function transaction<T>(begin: string, fn: (tx: Tables) => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query(begin);
        const result = await fn(postgresTables(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        if (!isRetryable(err) || attempt >= attempts) throw err;
      } finally {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
        client.release(broken);
      }
    }
  }

  return {
    engine: 'postgres',
    location,
    pool,
    ...postgresTables(pool),
    write: (fn) => transaction('BEGIN', fn),
    read: (fn) => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn),
    // Deleted rows stay in the table files as dead tuples until (auto)vacuum reclaims their space; a
    // VACUUM here would hold the caller for seconds on a big table and cannot run in a transaction.
    scrub: async () => ({ complete: false }),
    async counts() {
      const sql = TABLES.map((t) => `SELECT '${t}' AS name, count(*) AS n FROM ${t}`).join(' UNION ALL ');
      const rows = (await pool.query<{ name: TableName; n: number }>(sql)).rows;
      return Object.fromEntries(rows.map((r) => [r.name, r.n])) as Record<TableName, number>;
    },
    close: () => pool.end(),
  };
}
