/** Applies the numbered migrations a database has not seen yet, all in one transaction: a failing step leaves the file as it was. */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.ts';
import { StoreError } from './errors.ts';

export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, now = Date.now()): number[] {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const hasTable = () => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  // The common start (nothing to do) only reads, so it never waits for another process's write lock.
  if (hasTable() && schemaVersion(db) === known) return [];
  const applied: number[] = [];
  // IMMEDIATE: a second process starting at the same moment waits here, then finds the work done.
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`);
    const current = schemaVersion(db);
    if (current > known) {
      throw new StoreError('newer-schema', `the database is at schema version ${current}, newer than this program knows (${known}); upgrade constraint-coach`);
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, now);
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}
