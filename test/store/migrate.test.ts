import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/store/migrate.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { openStore, StoreError } from '../../src/store/index.ts';
import { tempDir } from '../helpers/paths.ts';

describe('store: opening and migrations', () => {
  it('creates the file with WAL, foreign keys, a busy timeout and every migration recorded', () => {
    const path = join(tempDir(), 'nested', 'coach.db');
    const store = openStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['attempts', 'question_bests', 'review_cards', 'rounds', 'schedules', 'schema_migrations', 'standings', 'users']);
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
