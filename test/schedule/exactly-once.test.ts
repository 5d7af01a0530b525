import { describe, expect, it } from 'vitest';
import { cleanEnv, startChild } from '../helpers/child.ts';
import { createSchedules } from '../../src/schedule/index.ts';
import { openStore } from '../../src/store/index.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';
import { fixtureBank } from '../helpers/practice.ts';
import { admin, channel, HOUR, MINUTE, person, rounds, setEarlier, roundsClosedAfterEach } from './harness.ts';

const make = roundsClosedAfterEach();

/** Tuesday 7 January 2025, 09:00 UTC. */
const NINE = Date.UTC(2025, 0, 7, 9);
const posted = (r: ReturnType<typeof rounds>) => r.db.prepare('SELECT count(*) FROM rounds WHERE opened_at IS NOT NULL').pluck().get();

/** Two scheduler processes ticking the database at `location` at the same moments: the channels each posted on the 7th. */
async function postedByTwoProcesses(location: string): Promise<string[]> {
  const go = String(Date.now() + 2500);
  const children = [1, 2].map((seed) => startChild(['test/schedule/tick-process.ts', location, String(NINE - 2000), String(NINE + 5000), String(seed)], cleanEnv({ GO_AT: go })));
  const results = await Promise.all(children.map(async (c) => {
    await c.waitFor('done', 30_000);
    return c.output().split('\n').filter((l) => l.startsWith('posted ') && l.endsWith('2025-01-07'));
  }));
  return results.flat().map((l) => l.split(' ')[2]!);
}

describe('daily rounds: exactly once', () => {
  it('a restart in the middle of the window does not post the question again; its summary still posts at the close', async () => {
    const first = make({ start: NINE - HOUR });
    await setEarlier(first, NINE - 48 * HOUR, channel(), { time: '09:00', timeZone: 'UTC' });
    await first.run(NINE - 5 * MINUTE, NINE + 5 * MINUTE);
    expect(first.discord.questions).toHaveLength(1);
    const roundId = first.discord.questions[0]!.roundId;
    await first.practice.submitAnswer(person('ada'), first.discord.questions[0]!.entry.id, 'total=70', { scope: 'discord:g1', roundId });
    await first.close();

    // A new process on the same file, four hours later, then through the close at 17:00.
    const second = make({ dbPath: first.dbPath, start: NINE + 4 * HOUR });
    await second.scheduler.tick(NINE + 4 * HOUR);
    expect(second.discord.questions).toEqual([]);
    expect(await second.schedules.openRound(channel())).toMatchObject({ roundId });
    await second.run(NINE + 4 * HOUR, NINE + 8 * HOUR + 5 * MINUTE, 5 * MINUTE);
    expect(second.discord.questions).toEqual([]);
    expect(second.discord.summaries).toHaveLength(1);
    expect(second.discord.summaries[0]).toMatchObject({ roundId, participants: 1, average: 70 });
    expect(await second.schedules.openRound(channel())).toBeNull();
  });

  it('two schedulers on one database file produce one round and one summary', async () => {
    const a = make({ start: NINE - HOUR });
    const b = make({ dbPath: a.dbPath, start: NINE - HOUR, seed: 99 });
    // As if b had checked before a committed: only the unique key stands between them.
    b.store.rounds.exists = async () => false;
    await setEarlier(a, NINE - 48 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', windowHours: 1 });
    for (let t = NINE - 2 * MINUTE; t <= NINE + HOUR + 2 * MINUTE; t += MINUTE) {
      a.clock.set(t);
      b.clock.set(t);
      await Promise.all([a.scheduler.tick(t), b.scheduler.tick(t), a.scheduler.tick(t), b.scheduler.tick(t)]);
    }
    expect(a.discord.questions.length + b.discord.questions.length).toBe(1);
    expect(a.discord.summaries.length + b.discord.summaries.length).toBe(1);
    expect(posted(a)).toBe(1);
    // Yesterday (before either started) was skipped once, not twice.
    expect([...a.log.lines, ...b.log.lines].filter((l) => l.event === 'round-skipped')).toHaveLength(1);
  });

  it('two OS processes ticking one file at the same moments post each channel once', async () => {
    const r = make({ start: NINE - HOUR });
    for (let i = 0; i < 40; i++) await setEarlier(r, NINE - 48 * HOUR, channel(`c${i}`), { time: '09:00', timeZone: 'UTC' });
    const all = await postedByTwoProcesses(r.dbPath);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
  }, 30_000);

  it('two OS processes ticking one PostgreSQL database at the same moments post each channel once', async () => {
    const url = await freshPostgresUrl();
    const store = await openStore(url);
    const schedules = createSchedules({ store, bank: fixtureBank, clock: { now: () => NINE - 48 * HOUR } });
    for (let i = 0; i < 40; i++) await schedules.setSchedule(admin(), channel(`c${i}`), { time: '09:00', timeZone: 'UTC' });
    await store.close();
    const all = await postedByTwoProcesses(url);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
  }, 40_000);

  it('a clock jumping back a day and forward again posts nothing twice', async () => {
    const r = make({ start: NINE - HOUR });
    await setEarlier(r, NINE - 72 * HOUR, channel(), { time: '09:00', timeZone: 'UTC' });
    await r.run(NINE - HOUR, NINE + HOUR, 10 * MINUTE); // today's round
    await r.run(NINE - 24 * HOUR - HOUR, NINE - 24 * HOUR + HOUR, 10 * MINUTE); // back to yesterday, within its grace
    await r.run(NINE - HOUR, NINE + HOUR, 10 * MINUTE); // and today again
    // Yesterday's round is posted late-but-in-grace only because nobody took it; today's stays single.
    const dates = r.discord.questions.map((q) => q.localDate);
    expect(dates.filter((d) => d === '2025-01-07')).toHaveLength(1);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('the unique key holds even for a writer that skips the checks', async () => {
    const r = make();
    const round = { scheduleId: 1, platform: 'discord', scope: 's', channelId: 'c', localDate: '2025-01-07', timeZone: 'UTC', dueAt: NINE, questionId: 'Q1', status: 'posting' as const, windowMinutes: 60, leaseOwner: null, leaseUntil: null, lastError: null, createdAt: NINE };
    r.db.prepare("INSERT INTO schedules (id, platform, scope, channel_id, time, time_zone, weekdays, filters, window_minutes, status, active_from, created_at, updated_at) VALUES (1, 'discord', 's', 'c', '09:00', 'UTC', 127, '{}', 60, 'active', 0, 0, 0)").run();
    expect(await r.store.rounds.insert(round)).toBeTypeOf('number');
    expect(await r.store.rounds.insert({ ...round, questionId: 'Q2' })).toBeNull();
    expect(() => r.db.prepare("INSERT INTO rounds (platform, scope, channel_id, local_date, time_zone, due_at, status, window_minutes, created_at) VALUES ('discord', 's', 'c', '2025-01-07', 'UTC', 0, 'posting', 60, 0)").run()).toThrow(/UNIQUE/);
  });
});
