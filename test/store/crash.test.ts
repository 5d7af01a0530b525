import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startChild, cleanEnv } from '../helpers/child.ts';
import { tempDir } from '../helpers/paths.ts';

const STREAM = 'test/fixtures/submit-stream.ts';

describe('store under faults', () => {
  it('kill -9 in the middle of a stream of submissions loses no committed attempt', async () => {
    const db = join(tempDir(), 'coach.db');
    const child = startChild([STREAM, db, 'ada', '1000000'], cleanEnv());
    await child.waitFor(/committed 300\n/);
    child.process.kill('SIGKILL');
    const { signal } = await child.exited;
    expect(signal).toBe('SIGKILL');
    const reported = [...child.output().matchAll(/committed (\d+)\n/g)].map((m) => Number(m[1]));
    expect(reported.length).toBeGreaterThanOrEqual(300);

    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((check.prepare('SELECT answer FROM attempts').pluck().all() as string[]).map((a) => Number(/#(\d+)/.exec(a)![1])));
    expect(reported.filter((n) => !stored.has(n))).toEqual([]);
    // Derived tables agree with what survived: one review card per question answered.
    expect(check.prepare('SELECT count(*) FROM review_cards').pluck().get()).toBe(check.prepare('SELECT count(DISTINCT question_id) FROM attempts').pluck().get());
    check.close();
  });

  it('two processes writing one file at once both finish without a busy error', async () => {
    const db = join(tempDir(), 'coach.db');
    const [a, b] = ['ada', 'bob'].map((u) => startChild([STREAM, db, u, '400', 'wait'], cleanEnv()));
    await Promise.all([a!.waitFor('ready'), b!.waitFor('ready')]);
    for (const c of [a!, b!]) c.process.stdin.end('go\n');
    const [ra, rb] = await Promise.all([a!.exited, b!.exited]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(a!.errors() + b!.errors()).toBe('');
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(800);
    expect(check.prepare('SELECT count(*) FROM standings WHERE period = ?').pluck().get('all')).toBe(2);
    check.close();
  });
});
