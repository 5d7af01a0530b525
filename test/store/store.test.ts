import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqlite as openStore } from '../../src/store/index.ts';
import { retryBusy } from '../../src/store/busy.ts';
import { MONDAY, shippedBank, steeredReport } from '../helpers/practice.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';

const identity = { platform: 'discord', platformUserId: '123', displayName: 'Ada', timeZone: 'Europe/Berlin' };

describe('store: tables', () => {
  it('keeps one user per platform id and follows name and zone changes', () => {
    const store = openStore(join(tempDir(), 'c.db'));
    const first = store.write(() => store.users.ensure(identity, MONDAY));
    const again = store.write(() => store.users.ensure({ ...identity, displayName: 'Ada L.', timeZone: 'Asia/Shanghai' }, MONDAY + 1));
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ displayName: 'Ada L.', timeZone: 'Asia/Shanghai', createdAt: MONDAY, showName: false });
    const other = store.write(() => store.users.ensure({ ...identity, platform: 'slack' }, MONDAY));
    expect(other.id).not.toBe(first.id);
  });

  it('stores an attempt with its whole report and per-dimension percentages', () => {
    const store = openStore(join(tempDir(), 'c.db'));
    const entry = shippedBank().entries[0]!;
    const report = steeredReport(entry, 'total=64 metrics=25');
    const id = store.write(() => {
      const u = store.users.ensure(identity, MONDAY);
      return store.attempts.insert({ userId: u.id, questionId: entry.id, answer: 'my answer', report, bankVersion: 'v1', scope: 'discord:1', roundId: null, createdAt: MONDAY });
    });
    const row = store.db.prepare('SELECT * FROM attempts WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ total: 64, metrics: 25, key_insight: 64, scorer_version: 'test', bank_version: 'v1', scope: 'discord:1', round_id: null });
    expect(JSON.parse(row.report as string)).toEqual(report);
    expect(store.attempts.points(1)).toEqual([{ questionId: entry.id, total: 64, createdAt: MONDAY, dimensions: { keyInsight: 64, constraints: 64, metrics: 25, tradeOffs: 64, stakeholders: 64 }, copied: false }]);
  });

  it('rejects an attempt for a user that does not exist (foreign keys are on)', () => {
    const store = openStore(join(tempDir(), 'c.db'));
    const report = steeredReport(shippedBank().entries[0]!, 'x');
    expect(() => store.write(() => store.attempts.insert({ userId: 999, questionId: 'Q1', answer: 'a', report, bankVersion: 'v', scope: 's', roundId: null, createdAt: 0 }))).toThrow(/FOREIGN KEY/);
  });

  it('a write that throws commits nothing', () => {
    const store = openStore(join(tempDir(), 'c.db'));
    expect(() => store.write(() => {
      store.users.ensure(identity, MONDAY);
      throw new Error('half-way');
    })).toThrow('half-way');
    expect(store.users.find('discord', '123')).toBeUndefined();
  });

  it('retries SQLITE_BUSY that escapes busy_timeout, and gives up on anything else at once', () => {
    let calls = 0;
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(retryBusy(() => (++calls < 3 ? (() => { throw busy; })() : 'done'), 5, 1)).toBe('done');
    expect(calls).toBe(3);
    calls = 0;
    expect(() => retryBusy(() => { calls++; throw new Error('other'); }, 5, 1)).toThrow('other');
    expect(calls).toBe(1);
  });

  it('a writer waits for another process holding the write lock instead of failing', async () => {
    const path = join(tempDir(), 'c.db');
    const store = openStore(path);
    const holder = spawn(process.execPath, ['-e', `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.exec('BEGIN IMMEDIATE'); db.exec("INSERT INTO users (platform, platform_user_id, display_name, time_zone, created_at) VALUES ('slack', 'U1', 'Lin', 'UTC', 0)");
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); process.exit(0); }, 400);`, path], { cwd: ROOT });
    await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
    const quick = openStore(path, { busyTimeoutMs: 20 });
    expect(() => quick.db.transaction(() => quick.users.ensure(identity, MONDAY)).immediate()).toThrow(/locked/);
    const started = performance.now();
    expect(store.write(() => store.users.ensure(identity, MONDAY)).displayName).toBe('Ada');
    expect(performance.now() - started).toBeGreaterThan(100);
    expect(store.users.find('slack', 'U1')?.displayName).toBe('Lin');
  });

  it('backs up online to a file that opens, passes integrity_check and holds the rows', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'c.db'));
    store.write(() => store.users.ensure(identity, MONDAY));
    const { totalPages } = await store.backup(join(dir, 'backups', 'copy.db'));
    expect(totalPages).toBeGreaterThan(0);
    const copy = new Database(join(dir, 'backups', 'copy.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT display_name FROM users').pluck().all()).toEqual(['Ada']);
  });
});

describe('store: background checkpoints', () => {
  it('a worker thread moves committed pages from the WAL into the database file', async () => {
    const path = join(tempDir(), 'c.db');
    const store = openStore(path, { backgroundCheckpoints: true });
    const before = statSync(path).size;
    const report = steeredReport(shippedBank().entries[0]!, 'total=50');
    store.write(() => {
      const u = store.users.ensure(identity, MONDAY);
      for (let i = 0; i < 300; i++) store.attempts.insert({ userId: u.id, questionId: 'Q1', answer: 'x'.repeat(2000), report, bankVersion: 'v', scope: 's', roundId: null, createdAt: MONDAY + i });
    });
    // 300 rows of 2 KB: far below the 10,000-page auto-checkpoint, so only the worker can have moved them.
    expect(statSync(path).size).toBe(before);
    await new Promise((r) => setTimeout(r, 600));
    expect(statSync(path).size).toBeGreaterThan(before + 500_000);
    store.close();
  });
});
