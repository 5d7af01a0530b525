/**
 * Applies the PostgreSQL migrations a database has not seen yet, in one transaction. A transaction-
 * level advisory lock comes first, so processes starting together on several hosts take turns: the
 * first applies the steps, the others wait for its commit and then find nothing left to do.
 */
import type { Pool } from 'pg';
import { StoreError } from '../errors.ts';
import type { Migration } from '../migrations.ts';
import { PG_MIGRATIONS } from './migrations.ts';

/** Any constant shared by every process of this program: the advisory lock's name. */
export const MIGRATION_LOCK = 0x636f616368; // 'coach'

export async function pgSchemaVersion(pool: Pool): Promise<number> {
  const exists = await pool.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
  if (!exists.rows[0].found) return 0;
  return (await pool.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v as number;
}

export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = PG_MIGRATIONS, now = Date.now()): Promise<number[]> {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
    const current = (await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v as number;
    if (current > known) {
      throw new StoreError('newer-schema', `the database is at schema version ${current}, newer than this program knows (${known}); upgrade constraint-coach`);
    }
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
