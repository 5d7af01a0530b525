import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY, testPractice, user } from '../helpers/practice.ts';

/** The database file and its WAL as bytes: what anyone with the file could read, deleted rows included. */
function fileBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p)));
}

/** Tables that hold no user data at all. A new table must either reference users or be listed here. */
// schedules and rounds are a channel's settings and history; answers point at rounds, not the reverse.
// slack_installations belong to a workspace, not to a person.
const NO_USER_DATA = ['schema_migrations', 'schedules', 'rounds', 'slack_installations'];

function rowsPerTable(db: ReturnType<typeof testPractice>['db'], userId: number): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (NO_USER_DATA.includes(table)) continue;
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const column = table === 'users' ? 'id' : columns.find((c) => c === 'user_id');
    if (!column) throw new Error(`table ${table} has no user_id: say how forgetUser covers it`);
    counts[table] = db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(userId) as number;
  }
  return counts;
}

async function twoUsers() {
  const t = testPractice();
  for (const [name, q, total] of [['ada', 'Q1', 70], ['ada', 'Q2', 40], ['bob', 'Q1', 60], ['ada', 'Q1', 80]] as const) {
    await t.practice.submitAnswer(user(name), q, `total=${total} answer by ${name}`, { scope: 'discord:1' });
    t.clock.advance(DAY);
  }
  await t.practice.setShowName(user('ada'), true);
  for (const name of ['ada', 'bob']) {
    await t.practice.startMock(user(name), { count: 1, scope: 'discord:1' });
    await t.practice.answerMock(user(name), `total=66 mock answer by ${name}`, { scope: 'discord:1' });
  }
  return t;
}

describe('forgetUser and exportUser', () => {
  it('forgetUser removes every row of that user from every table and leaves others alone', async () => {
    const t = await twoUsers();
    const before = rowsPerTable(t.db, 1);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    expect(await t.practice.forgetUser(user('ada'))).toEqual({ forgotten: true });
    expect(Object.values(rowsPerTable(t.db, 1))).toEqual(Object.values(before).map(() => 0));
    const bob = rowsPerTable(t.db, 2);
    expect(Object.values(bob).every((n) => n > 0)).toBe(true);
    expect((await t.practice.leaderboard('discord:1', 'all')).participants).toBe(1);
    expect(await t.practice.forgetUser(user('ada'))).toEqual({ forgotten: false });
  });

  it('exportUser gives everything stored about the user as JSON, and nothing about anyone else', async () => {
    const t = await twoUsers();
    const exported = JSON.parse(JSON.stringify(await t.practice.exportUser(user('ada'))));
    expect(exported.user).toMatchObject({ platform: 'terminal', platformUserId: 'ada', displayName: 'Ada', timeZone: 'UTC', showName: true });
    expect(exported.attempts).toHaveLength(4);
    expect(exported.mocks).toEqual([expect.objectContaining({ status: 'active', overall: null, state: expect.objectContaining({ items: [expect.objectContaining({ answer: expect.objectContaining({ total: 66 }) })] }) })]);
    expect(exported.attempts[0]).toMatchObject({ questionId: 'Q1', answer: 'total=70 answer by ada', total: 70, scope: 'discord:1', roundId: null, bankVersion: 'fixture-1', scorerVersion: 'test', report: { total: 70, dimensions: { metrics: { max: 20 } } } });
    expect(exported.reviewCards.map((c: { questionId: string }) => c.questionId)).toEqual(['Q1', 'Q2', exported.attempts[3].questionId]);
    expect(exported.questionBests).toContainEqual({ scope: 'discord:1', period: 'all', questionId: 'Q1', best: 80 });
    expect(exported.standings).toContainEqual({ scope: 'discord:1', period: 'all', bestSum: 120 + 66, questions: 3 });
    expect(JSON.stringify(exported)).not.toContain('bob');
    expect(await t.practice.exportUser(user('nobody'))).toMatchObject({ user: null, attempts: [] });
  });

  it('after forget-me the answers, platform id and name are gone from the file\'s bytes, not just from queries (issue 13)', async () => {
    const t = testPractice();
    const marker = 'zq9-unique-marker';
    const person = { platform: 'discord', platformUserId: `${marker}-id`, displayName: `${marker}-name`, timeZone: 'UTC' };
    // Long enough to spill into overflow pages, where a deleted row's text would otherwise linger.
    await t.practice.submitAnswer(person, 'Q1', `total=70 ${marker}-answer ${'padding '.repeat(450)}`, { scope: 'discord:1' });
    await t.practice.submitAnswer(person, 'Q2', `total=40 ${marker}-second`, { scope: 'discord:1' });
    await t.practice.submitAnswer(user('bob'), 'Q1', 'total=60 an answer that stays', { scope: 'discord:1' });
    expect(fileBytes(t.dbPath).includes(marker)).toBe(true);
    await t.practice.forgetUser(person);
    expect(fileBytes(t.dbPath).includes(marker)).toBe(false);
    t.store.close();
    expect(fileBytes(t.dbPath).includes(marker)).toBe(false);
    expect(fileBytes(t.dbPath).includes('an answer that stays')).toBe(true);
  });
});
