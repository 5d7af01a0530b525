/**
 * Faults, on both engines: a process killed (kill -9) between committing an answer and showing it, and
 * two processes writing at once. The writers are real OS processes running the practice core.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startChild, cleanEnv } from '../helpers/child.ts';
import { tempDir } from '../helpers/paths.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';

const STREAM = 'test/fixtures/submit-stream.ts';

/** Reads what a writer left behind, whatever the engine. */
type Inspect = { location: string; query(sql: string, values?: unknown[]): Promise<unknown[]>; integrity(): Promise<string>; close(): Promise<void> };

const ENGINES: [string, () => Promise<Inspect>][] = [
  ['sqlite', async () => {
    const location = join(tempDir(), 'coach.db');
    let db: Database.Database | undefined;
    const open = () => (db ??= new Database(location));
    return {
      location,
      query: async (sql, values = []) => open().prepare(sql.replace(/\$\d+/g, '?')).raw().all(...values).map((r) => (r as unknown[])[0]),
      integrity: async () => open().pragma('integrity_check', { simple: true }) as string,
      close: async () => void db?.close(),
    };
  }],
  ['postgres', async () => {
    const location = await freshPostgresUrl();
    let client: pg.Client | undefined;
    const open = async () => {
      if (!client) {
        client = new pg.Client({ connectionString: location });
        await client.connect();
      }
      return client;
    };
    return {
      location,
      query: async (sql, values = []) => (await (await open()).query({ text: sql, values, rowMode: 'array' })).rows.map((r) => (r[0] === null || typeof r[0] !== 'string' || !/^\d+$/.test(r[0]) ? r[0] : Number(r[0]))),
      // The server was never killed, only the client; PostgreSQL's own recovery is not what is tested here.
      integrity: async () => 'ok',
      close: async () => void (await client?.end()),
    };
  }],
];

describe.each(ENGINES)('store under faults: %s', (_engine, inspect) => {
  it('kill -9 in the middle of a stream of submissions loses no committed attempt', async () => {
    const check = await inspect();
    const child = startChild([STREAM, check.location, 'ada', '1000000'], cleanEnv());
    await child.waitFor(/committed 300\n/, 30_000);
    child.process.kill('SIGKILL');
    const { signal } = await child.exited;
    expect(signal).toBe('SIGKILL');
    const reported = [...child.output().matchAll(/committed (\d+)\n/g)].map((m) => Number(m[1]));
    expect(reported.length).toBeGreaterThanOrEqual(300);

    expect(await check.integrity()).toBe('ok');
    const stored = new Set((await check.query('SELECT answer FROM attempts') as string[]).map((a) => Number(/#(\d+)/.exec(a)![1])));
    expect(reported.filter((n) => !stored.has(n))).toEqual([]);
    // Derived tables agree with what survived: one review card per question answered, bests per question.
    const [cards] = await check.query('SELECT count(*) FROM review_cards');
    const [questions] = await check.query('SELECT count(DISTINCT question_id) FROM attempts');
    expect(cards).toBe(questions);
    const [bests] = await check.query("SELECT count(*) FROM question_bests WHERE period = 'all'");
    expect(bests).toBe(questions);
    await check.close();
  }, 60_000);

  it('two processes writing one database at once both finish without an error', async () => {
    const check = await inspect();
    const [a, b] = ['ada', 'bob'].map((u) => startChild([STREAM, check.location, u, '400', 'wait'], cleanEnv()));
    await Promise.all([a!.waitFor('ready', 30_000), b!.waitFor('ready', 30_000)]);
    for (const c of [a!, b!]) c.process.stdin.end('go\n');
    const [ra, rb] = await Promise.all([a!.exited, b!.exited]);
    expect(a!.errors() + b!.errors()).toBe('');
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(await check.query('SELECT count(*) FROM attempts')).toEqual([800]);
    expect(await check.query("SELECT count(*) FROM standings WHERE period = 'all'")).toEqual([2]);
    await check.close();
  }, 60_000);

  it('two processes answering as the same person keep one card per question and a consistent sum', async () => {
    const check = await inspect();
    const [a, b] = [1, 2].map(() => startChild([STREAM, check.location, 'ada', '300', 'wait'], cleanEnv()));
    await Promise.all([a!.waitFor('ready', 30_000), b!.waitFor('ready', 30_000)]);
    for (const c of [a!, b!]) c.process.stdin.end('go\n');
    const [ra, rb] = await Promise.all([a!.exited, b!.exited]);
    expect(a!.errors() + b!.errors()).toBe('');
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(await check.query('SELECT count(*) FROM attempts')).toEqual([600]);
    expect(await check.query('SELECT count(*) FROM users')).toEqual([1]);
    // The standing is the sum of the per-question bests, however the two writers interleaved.
    const [sum] = await check.query("SELECT best_sum FROM standings WHERE period = 'all'");
    const [bestSum] = await check.query("SELECT sum(best) FROM question_bests WHERE period = 'all'");
    const [maxima] = await check.query('SELECT sum(m) FROM (SELECT max(total) AS m FROM attempts GROUP BY question_id) AS q');
    expect(sum).toBe(bestSum);
    expect(sum).toBe(maxima);
    // Every answer moved its review card on by one review: no update was lost between the writers.
    expect(await check.query('SELECT count(*) FROM review_cards c WHERE reps <> (SELECT count(*) FROM attempts a WHERE a.question_id = c.question_id)')).toEqual([0]);
    await check.close();
  }, 60_000);
});
