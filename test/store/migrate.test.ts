import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/store/migrate.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { openSqlite as openStore, StoreError } from '../../src/store/index.ts';
import pg from 'pg';
import { migratePostgres, pgSchemaVersion } from '../../src/store/postgres/migrate.ts';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { openStore as openAnyStore } from '../../src/store/index.ts';
import { cleanEnv, startChild } from '../helpers/child.ts';
import { tempDir } from '../helpers/paths.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';

describe('store: opening and migrations', () => {
  it('creates the file with WAL, foreign keys, a busy timeout and every migration recorded', () => {
    const path = join(tempDir(), 'nested', 'coach.db');
    const store = openStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['attempts', 'mocks', 'question_bests', 'review_cards', 'rounds', 'schedules', 'schema_migrations', 'slack_installations', 'standings', 'users']);
    store.close();
  });

  it('applies nothing the second time and only new steps later', () => {
    const path = join(tempDir(), 'coach.db');
    openStore(path).close();
    const db = new Database(path);
    expect(migrate(db)).toEqual([]);
    const next = [...MIGRATIONS, { version: 99, name: 'test step', sql: 'CREATE TABLE later (x INTEGER)' }];
    expect(migrate(db, next)).toEqual([99]);
    expect(schemaVersion(db)).toBe(99);
    db.close();
  });

  it('a failing step leaves the database as it was', () => {
    const db = new Database(':memory:');
    migrate(db);
    const last = MIGRATIONS.at(-1)!.version;
    const broken = [...MIGRATIONS, { version: last + 1, name: 'ok', sql: 'CREATE TABLE t2 (x)' }, { version: last + 2, name: 'bad', sql: 'CREATE TABLE users (x)' }];
    expect(() => migrate(db, broken)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(last);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't2'").pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer version', () => {
    const path = join(tempDir(), 'coach.db');
    const db = new Database(path);
    migrate(db, [...MIGRATIONS, { version: 7, name: 'future', sql: 'SELECT 1' }]);
    db.close();
    expect(() => openStore(path)).toThrow(StoreError);
    expect(() => openStore(path)).toThrow(/schema version 7/);
  });
});

const ATTEMPT_COLUMNS = `user_id, question_id, answer, report, total, key_insight, constraints, metrics, trade_offs,
  stakeholders, bank_version, scorer_version, scope, created_at`;
/** Two attempts as an older version wrote them: the second a pasted model answer (flags in the report only). */
const OLD_ATTEMPTS = [
  [1, 'Q1', 'mine', JSON.stringify({ flags: [] }), 70, 70, 70, 70, 70, 70, 'b', 's', 'terminal', 1],
  [1, 'Q1', 'pasted', JSON.stringify({ flags: ['model-answer-copy', 'too-short'] }), 14, 14, 14, 14, 14, 14, 'b', 's', 'terminal', 2],
] as const;

describe('store: marking copied answers (migration 5)', () => {
  it('marks the attempts an older version stored with a copy flag, on SQLite', () => {
    const db = new Database(join(tempDir(), 'coach.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version < 5));
    db.prepare(`INSERT INTO users (platform, platform_user_id, display_name, time_zone, created_at) VALUES ('terminal', 'ada', 'ada', 'UTC', 0)`).run();
    const insert = db.prepare(`INSERT INTO attempts (${ATTEMPT_COLUMNS}) VALUES (${OLD_ATTEMPTS[0].map(() => '?').join(', ')})`);
    for (const row of OLD_ATTEMPTS) insert.run(...row);
    migrate(db);
    expect(db.prepare('SELECT answer, copied FROM attempts ORDER BY id').all()).toEqual([{ answer: 'mine', copied: 0 }, { answer: 'pasted', copied: 1 }]);
    db.close();
  });

  it('does the same on PostgreSQL', async () => {
    const pool = new pg.Pool({ connectionString: await freshPostgresUrl() });
    try {
      await migratePostgres(pool, PG_MIGRATIONS.filter((m) => m.version < 5));
      await pool.query(`INSERT INTO users (platform, platform_user_id, display_name, time_zone, created_at) VALUES ('terminal', 'ada', 'ada', 'UTC', 0)`);
      for (const row of OLD_ATTEMPTS) await pool.query(`INSERT INTO attempts (${ATTEMPT_COLUMNS}) VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, [...row]);
      await migratePostgres(pool);
      expect((await pool.query('SELECT answer, copied FROM attempts ORDER BY id')).rows).toEqual([{ answer: 'mine', copied: 0 }, { answer: 'pasted', copied: 1 }]);
    } finally {
      await pool.end();
    }
  });
});

describe('store: PostgreSQL migrations', () => {
  it('keep the same steps as SQLite: versions, names and tables', () => {
    expect(PG_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
    const tables = (steps: readonly { sql: string }[]) => steps.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((x) => x[1])).sort();
    expect(tables(PG_MIGRATIONS)).toEqual(tables(MIGRATIONS));
  });

  it('apply every step once; a second run applies nothing, a later version only its new step', async () => {
    const pool = new pg.Pool({ connectionString: await freshPostgresUrl() });
    try {
      expect(await pgSchemaVersion(pool)).toBe(0);
      expect(await migratePostgres(pool)).toEqual(PG_MIGRATIONS.map((m) => m.version));
      expect(await migratePostgres(pool)).toEqual([]);
      expect(await migratePostgres(pool, [...PG_MIGRATIONS, { version: 99, name: 'later', sql: 'CREATE TABLE later (x INTEGER)' }])).toEqual([99]);
      expect(await pgSchemaVersion(pool)).toBe(99);
    } finally {
      await pool.end();
    }
  });

  it('a failing step leaves the database as it was', async () => {
    const pool = new pg.Pool({ connectionString: await freshPostgresUrl() });
    try {
      await migratePostgres(pool);
      const last = PG_MIGRATIONS.at(-1)!.version;
      const broken = [...PG_MIGRATIONS, { version: last + 1, name: 'ok', sql: 'CREATE TABLE t2 (x INTEGER)' }, { version: last + 2, name: 'bad', sql: 'CREATE TABLE users (x INTEGER)' }];
      await expect(migratePostgres(pool, broken)).rejects.toThrow(/already exists/);
      expect(await pgSchemaVersion(pool)).toBe(last);
      expect((await pool.query("SELECT to_regclass('t2') AS t")).rows[0].t).toBeNull();
    } finally {
      await pool.end();
    }
  });

  it('refuse a database written by a newer version, naming both versions and no password', async () => {
    const url = await freshPostgresUrl();
    const pool = new pg.Pool({ connectionString: url });
    await migratePostgres(pool, [...PG_MIGRATIONS, { version: 7, name: 'future', sql: 'SELECT 1' }]);
    await pool.end();
    const err = await openAnyStore(url).then(() => null, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(StoreError);
    expect(err!.message).toContain(`schema version 7, newer than this program knows (${PG_MIGRATIONS.at(-1)!.version})`);
  });

  it('an unreachable server is a StoreError that shows the URL without its password', async () => {
    const err = await openAnyStore('postgres://coach:s3cret-pw@127.0.0.1:1/coach').then(() => null, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(StoreError);
    expect(err!.message).toContain('postgres://coach:***@127.0.0.1:1/coach');
    expect(err!.message).not.toContain('s3cret-pw');
  });

  it('four processes starting at the same moment migrate once: the advisory lock makes them take turns', async () => {
    const url = await freshPostgresUrl();
    const go = String(Date.now() + 2500);
    const script = `const { openStore } = await import('./src/store/index.ts');
      while (Date.now() < Number(process.env.GO_AT)) await new Promise((r) => setTimeout(r, 1));
      const s = await openStore(process.env.URL); await s.close(); process.stdout.write('opened\\n');`;
    const children = [1, 2, 3, 4].map(() => startChild(['--input-type=module', '-e', script], cleanEnv({ URL: url, GO_AT: go })));
    const exits = await Promise.all(children.map((c) => c.exited));
    expect(children.map((c) => c.errors())).toEqual(['', '', '', '']);
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0, 0]);
    const pool = new pg.Pool({ connectionString: url });
    const rows = (await pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
    await pool.end();
    expect(rows).toEqual(PG_MIGRATIONS.map((m) => m.version));
  }, 30_000);
});
