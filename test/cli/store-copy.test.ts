/** `store:copy`: a community's SQLite file into PostgreSQL, idempotent, with progress and a row-count check. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { createPractice, seededRandom } from '../../src/practice/index.ts';
import { createScheduler, createSchedules } from '../../src/schedule/index.ts';
import { openSqlite, openStore, sqliteStore, type PostgresStore, type Store } from '../../src/store/index.ts';
import { tempDir } from '../helpers/paths.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';
import { DAY, fakeClock, fixtureBank, MONDAY, steeredScorer, user } from '../helpers/practice.ts';


/** A small community: three people, answers over a week, a schedule whose round was posted, an install. */
async function community(store: Store, clock: ReturnType<typeof fakeClock>) {
  const bank = fixtureBank();
  const practice = createPractice({ store, bank: () => bank, scorerFor: () => steeredScorer, clock, random: seededRandom(3) });
  const schedules = createSchedules({ store, bank: () => bank, clock });
  const posted: number[] = [];
  const scheduler = createScheduler({ store, bank: () => bank, clock, posters: { discord: { postQuestion: async (r) => void posted.push(r.roundId), postSummary: async () => {} } }, postsPerSecond: { discord: Infinity } });
  const channel = { platform: 'discord' as const, scope: 'discord:g1', channelId: 'c1' };
  await schedules.setSchedule({ user: user('ada'), isChannelAdmin: true }, channel, { time: '10:00', timeZone: 'UTC' });
  clock.set(MONDAY + 3_600_000);
  await scheduler.tick();
  for (const [name, q, total] of [['ada', 'Q1', 70], ['bob', 'Q2', 40], ['ada', 'Q2', 90], ['cy', 'Q1', 55], ['ada', 'Q1', 80]] as const) {
    await practice.submitAnswer(user(name, 'UTC', 'discord'), q, `total=${total} by ${name}`, { scope: 'discord:g1', roundId: posted[0] ?? null });
    clock.advance(DAY);
  }
  await practice.setShowName(user('ada', 'UTC', 'discord'), true);
  // Issue 14's rows: a mock in progress, a follow-up answer, a language setting.
  await practice.startMock(user('ada', 'UTC', 'discord'), { count: 1, scope: 'discord:g1' });
  await practice.answerMock(user('ada', 'UTC', 'discord'), 'total=61 mock answer', { scope: 'discord:g1' });
  await practice.submitFollowUp(user('bob', 'UTC', 'discord'), 'Q2', 1, 'total=33 follow-up', { scope: 'discord:g1' });
  await practice.setLang(user('ada', 'UTC', 'discord'), 'zh');
  await store.installations.put({ installKey: 'team:T1', teamId: 'T1', enterpriseId: null, sealed: 'c2VhbGVk', installedAt: MONDAY, updatedAt: MONDAY });
  return practice;
}

describe('cli store:copy', () => {
  it('copies every table with the same ids, shows progress, checks counts, and a second run changes nothing', async () => {
    const file = join(tempDir('coach-copy-'), 'coach.db');
    const clock = fakeClock();
    const source = sqliteStore(openSqlite(file));
    const fromSqlite = await community(source, clock);
    const expected = { export: await fromSqlite.exportUser(user('ada', 'UTC', 'discord')), board: await fromSqlite.leaderboard('discord:g1', 'all', { viewer: user('bob', 'UTC', 'discord') }) };
    await source.close();

    const url = await freshPostgresUrl();
    const first = await cli(['store:copy', '--from', file, '--to', url, '--batch', '2']);
    expect(first.code).toBe(0);
    expect(first.err).toBe('');
    const text = first.out;
    expect(text).toContain('attempts: 2 / 7');
    expect(text).toContain('attempts: 7 / 7');
    expect(text).toMatch(/ok {3}attempts: 7 → 7/);
    expect(text).toMatch(/ok {3}mocks: 1 → 1/);
    expect(text).toMatch(/ok {3}rounds: 1 → 1/);
    expect(text).toMatch(/ok {3}slack_installations: 1 → 1/);
    expect(text).not.toContain('coach-test@'); // the password of the URL is never printed

    const target = await openStore(url);
    const onPostgres = createPractice({ store: target, bank: fixtureBank, scorerFor: () => steeredScorer, clock, random: seededRandom(3) });
    expect(expected.export).toMatchObject({ user: { lang: 'zh' }, mocks: [{ status: 'active' }] });
    expect(await onPostgres.exportUser(user('ada', 'UTC', 'discord'))).toEqual(expected.export);
    expect((await onPostgres.exportUser(user('bob', 'UTC', 'discord'))).attempts.map((a) => a.followUp)).toEqual([null, 1]);
    expect(await onPostgres.leaderboard('discord:g1', 'all', { viewer: user('bob', 'UTC', 'discord') })).toEqual(expected.board);
    // New rows get ids after the copied ones.
    const newcomer = await target.write((tx) => tx.users.ensure(user('dee', 'UTC', 'discord'), clock.now()));
    expect(newcomer.id).toBe(4);
    await target.users.remove(newcomer.id);
    await target.close();

    const again = await cli(['store:copy', '--from', file, '--to', url]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Inserted 0 rows');
  });

  it('fails the count check when the target held other rows, and refuses wrong arguments', async () => {
    const file = join(tempDir('coach-copy-'), 'coach.db');
    const source = sqliteStore(openSqlite(file));
    await community(source, fakeClock());
    await source.close();
    const url = await freshPostgresUrl();
    const target = await openStore(url);
    await target.write((tx) => tx.users.ensure(user('zed', 'UTC', 'slack'), 0));
    await target.close();

    const run = await cli(['store:copy', '--from', file, '--to', url]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/store:copy stopped: the target already holds different data in users \(id = 1\)/);

    // A target with extra rows under other keys copies, and the count check says so.
    const url2 = await freshPostgresUrl();
    const other = (await openStore(url2)) as PostgresStore;
    await other.schedules.set({ platform: 'slack', scope: 'slack:T9', channelId: 'C9', time: '09:00', timeZone: 'UTC', weekdays: 127, filters: {}, windowMinutes: 60 }, 0);
    await other.pool.query("SELECT setval(pg_get_serial_sequence('schedules', 'id'), 50)");
    await other.schedules.set({ platform: 'slack', scope: 'slack:T9', channelId: 'C10', time: '09:00', timeZone: 'UTC', weekdays: 127, filters: {}, windowMinutes: 60 }, 0);
    await other.pool.query("DELETE FROM schedules WHERE channel_id = 'C9'");
    await other.close();
    const counted = await cli(['store:copy', '--from', file, '--to', url2]);
    expect(counted.code).toBe(1);
    expect(counted.out).toMatch(/DIFF schedules: 1 → 2/);
    expect(counted.err).toMatch(/counts differ/);

    const wrong = await cli(['store:copy', '--from', url, '--to', file]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/copies a SQLite file/);
    const missing = await cli(['store:copy', '--from', join(tempDir(), 'none.db'), '--to', url]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/There is no database/);
  });
});
