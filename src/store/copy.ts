/**
 * `store:copy`: moves a community from its SQLite file to PostgreSQL. Every table is read from one
 * snapshot of the file (a read transaction), in primary-key order, and written in batches of their own
 * transactions with ON CONFLICT DO NOTHING and the same ids, so a copy that stops half-way is simply
 * run again: rows already there are skipped, the rest follow. Row counts are compared at the end.
 */
import type { PostgresStore } from './postgres/index.ts';
import { TABLES, type TableName } from './port.ts';
import type { SqliteDb } from './sqlite.ts';

/** Primary keys, for a stable order (SQLite's WITHOUT ROWID tables have no rowid to page by). */
const KEYS: Record<TableName, string> = {
  users: 'id',
  attempts: 'id',
  review_cards: 'user_id, question_id',
  question_bests: 'user_id, scope, period, question_id',
  standings: 'scope, period, user_id',
  schedules: 'id',
  rounds: 'id',
  slack_installations: 'install_key',
  mocks: 'id',
};

/** Tables whose ids PostgreSQL generates: their identity must continue after the copied ids. */
const IDENTITIES: TableName[] = ['users', 'attempts', 'schedules', 'rounds', 'mocks'];

/** SQLite keeps the flag as 0/1; PostgreSQL as a boolean. Everything else has the same type on both. */
const CONVERT: Partial<Record<TableName, Record<string, (v: unknown) => unknown>>> = {
  users: { show_name: (v) => v === 1 },
};

/** Raised when the target holds rows the source does not: copying on would mix two communities. */
export class CopyConflictError extends Error {
  override name = 'CopyConflictError';
}

const same = (a: unknown, b: unknown) => a === b || (a !== null && b !== null && typeof a !== 'object' && String(a) === String(b)) || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);

/**
 * Rows the target already had (ON CONFLICT skipped them) must be the very rows being copied: a copy run
 * again. Anything else (another community's rows under the same ids or keys) stops the copy.
 */
async function sameInTarget(target: PostgresStore, table: TableName, columns: string[], keys: string[], keyAt: number[], rows: unknown[][]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${keyAt.map((i) => (values.push(row[i]), `$${values.length}`)).join(', ')})`);
  const found = (await target.pool.query({ text: `SELECT ${columns.join(', ')} FROM ${table} WHERE (${keys.join(', ')}) IN (${tuples.join(', ')})`, values, rowMode: 'array' })).rows as unknown[][];
  const byKey = new Map(found.map((r) => [JSON.stringify(keyAt.map((i) => String(r[i]))), r]));
  for (const row of rows) {
    const key = keyAt.map((i) => String(row[i]));
    const there = byKey.get(JSON.stringify(key));
    if (!there || !row.every((v, i) => same(v, there[i]))) {
      throw new CopyConflictError(`the target already holds different data in ${table} (${keys.join(', ')} = ${key.join(', ')}): copy into an empty database, or into one filled by an earlier copy of this same file`);
    }
  }
}

export type CopyProgress = { table: TableName; copied: number; total: number };
export type CopyCount = { table: TableName; source: number; target: number };
export type CopyResult = { counts: CopyCount[]; inserted: number; ok: boolean };

export async function copySqliteToPostgres(source: SqliteDb, target: PostgresStore, options: { batch?: number; onProgress?: (p: CopyProgress) => void } = {}): Promise<CopyResult> {
  const { db } = source;
  const batch = options.batch ?? 2000;
  let inserted = 0;
  const sourceCounts = {} as Record<TableName, number>;
  // One snapshot of the file for every table, even if a bot still writes to it meanwhile.
  db.exec('BEGIN');
  try {
    for (const table of TABLES) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const total = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      sourceCounts[table] = total;
      const convert = CONVERT[table] ?? {};
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${KEYS[table]}`).raw().iterate() as IterableIterator<unknown[]>;
      let pending: unknown[][] = [];
      let copied = 0;
      const keys = KEYS[table].split(', ');
      const keyAt = keys.map((k) => columns.indexOf(k));
      const keyOf = (row: readonly unknown[]) => JSON.stringify(keyAt.map((i) => String(row[i])));
      const flush = async () => {
        if (pending.length === 0) return;
        const converted = pending.map((row) => row.map((v, i) => (convert[columns[i]!] ? convert[columns[i]!]!(v) : v)));
        const values: unknown[] = [];
        const tuples = converted.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
        const result = await target.pool.query({
          text: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING ${keys.join(', ')}`,
          values,
          rowMode: 'array',
        });
        inserted += result.rowCount ?? 0;
        const fresh = new Set((result.rows as unknown[][]).map((r) => JSON.stringify(r.map(String))));
        const skipped = converted.filter((row) => !fresh.has(keyOf(row)));
        if (skipped.length > 0) await sameInTarget(target, table, columns, keys, keyAt, skipped);
        copied += pending.length;
        pending = [];
        options.onProgress?.({ table, copied, total });
      };
      for (const row of rows) {
        pending.push(row);
        if (pending.length >= batch) await flush();
      }
      await flush();
      if (total === 0) options.onProgress?.({ table, copied: 0, total: 0 });
    }
  } finally {
    db.exec('COMMIT');
  }
  for (const table of IDENTITIES) {
    // The next id PostgreSQL hands out comes after the largest copied one.
    await target.pool.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest((SELECT max(id) FROM ${table}), 1), (SELECT max(id) FROM ${table}) IS NOT NULL)`);
  }
  const targetCounts = await target.counts();
  const counts = TABLES.map((table) => ({ table, source: sourceCounts[table], target: targetCounts[table] }));
  return { counts, inserted, ok: counts.every((c) => c.source === c.target) };
}
