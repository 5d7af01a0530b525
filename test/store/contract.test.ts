/**
 * The store contract: one suite, run against both engines (SQLite on a temp file, PostgreSQL on a fresh
 * database of the run's server). Whatever the use cases rely on is pinned here, through the port only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { tempDir } from '../helpers/paths.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';
import { MONDAY, shippedBank, steeredReport } from '../helpers/practice.ts';

const ENGINES: [string, () => Promise<Store>][] = [
  ['sqlite', () => openStore(join(tempDir('coach-contract-'), 'coach.db'))],
  ['postgres', async () => openStore(await freshPostgresUrl())],
];

const identity = { platform: 'discord', platformUserId: '123', displayName: 'Ada', timeZone: 'Europe/Berlin' };
const channel = { platform: 'discord', scope: 'discord:g1', channelId: 'c1' };

describe.each(ENGINES)('store contract: %s', (engine, open) => {
  it('keeps one user per platform id and follows name and zone changes', async () => {
    const store = await open();
    const first = await store.write((tx) => tx.users.ensure(identity, MONDAY));
    const again = await store.write((tx) => tx.users.ensure({ ...identity, displayName: 'Ada L.', timeZone: 'Asia/Shanghai' }, MONDAY + 1));
    expect(again.id).toBe(first.id);
    expect(again).toEqual({ id: first.id, platform: 'discord', platformUserId: '123', displayName: 'Ada L.', timeZone: 'Asia/Shanghai', createdAt: MONDAY, showName: false, lastQuestionId: null, lang: 'auto' });
    const other = await store.write((tx) => tx.users.ensure({ ...identity, platform: 'slack' }, MONDAY));
    expect(other.id).not.toBe(first.id);
    await store.users.setShowName(first.id, true);
    await store.users.setLastQuestion(first.id, 'Q7');
    await store.users.setLang(first.id, 'zh');
    expect(await store.users.byId(first.id)).toMatchObject({ showName: true, lastQuestionId: 'Q7', lang: 'zh' });
    await expect(store.users.setLang(first.id, 'fr' as 'zh')).rejects.toThrow(/check/i);
    expect(await store.users.find('discord', 'nobody')).toBeUndefined();
    await store.close();
  });

  it('stores an attempt with its whole report, and reads points and full rows back', async () => {
    const store = await open();
    const entry = shippedBank().entries[0]!;
    const report = steeredReport(entry, 'total=64 metrics=25');
    const { userId, id } = await store.write(async (tx) => {
      const u = await tx.users.ensure(identity, MONDAY);
      const id = await tx.attempts.insert({ userId: u.id, questionId: entry.id, answer: 'my answer', report, bankVersion: 'v1', scope: 'discord:1', roundId: null, createdAt: MONDAY });
      return { userId: u.id, id };
    });
    expect(typeof id).toBe('number');
    expect(await store.attempts.exists(id)).toBe(true);
    expect(await store.attempts.exists(id + 1000)).toBe(false);
    expect(await store.attempts.points(userId)).toEqual([{ questionId: entry.id, total: 64, createdAt: MONDAY, dimensions: { keyInsight: 64, constraints: 64, metrics: 25, tradeOffs: 64, stakeholders: 64 }, copied: false }]);
    expect(await store.attempts.all(userId)).toEqual([{ id, questionId: entry.id, answer: 'my answer', report, total: 64, bankVersion: 'v1', scorerVersion: 'test', scope: 'discord:1', roundId: null, followUp: null, createdAt: MONDAY }]);
    await store.close();
  });

  it('keeps follow-up answers apart from first answers: points reads only first answers, followUps the rest', async () => {
    const store = await open();
    const entry = shippedBank().entries[0]!;
    const userId = await store.write(async (tx) => {
      const u = await tx.users.ensure(identity, MONDAY);
      const base = { userId: u.id, questionId: entry.id, answer: 'a', bankVersion: 'v1', scope: 's', roundId: null };
      await tx.attempts.insert({ ...base, report: steeredReport(entry, 'total=60'), createdAt: MONDAY });
      await tx.attempts.insert({ ...base, report: { ...steeredReport(entry, 'total=35'), followUp: 2 }, followUp: 2, createdAt: MONDAY + 1 });
      await tx.attempts.insert({ ...base, report: steeredReport(entry, 'total=70'), followUp: null, createdAt: MONDAY + 2 });
      return u.id;
    });
    expect((await store.attempts.points(userId)).map((p) => p.total)).toEqual([60, 70]);
    expect(await store.attempts.followUps(userId)).toEqual([{ questionId: entry.id, followUp: 2, total: 35, createdAt: MONDAY + 1 }]);
    expect((await store.attempts.all(userId)).map((a) => a.followUp)).toEqual([null, 2, null]);
    await expect(store.write(async (tx) => tx.attempts.insert({ userId, questionId: 'Q1', answer: 'a', report: steeredReport(entry, 'x'), bankVersion: 'v', scope: 's', roundId: null, followUp: 0, createdAt: 0 }))).rejects.toThrow(/check/i);
    await store.close();
  });

  it('mocks: one active per person; save, finish, the last finished, expiry of an untouched one, end, count', async () => {
    const store = await open();
    const u = await store.write((tx) => tx.users.ensure(identity, MONDAY));
    const first = await store.write((tx) => tx.mocks.insert({ userId: u.id, state: '{"step":1}', createdAt: MONDAY }));
    await expect(store.write((tx) => tx.mocks.insert({ userId: u.id, state: '{}', createdAt: MONDAY }))).rejects.toThrow(/unique/i);
    expect(await store.mocks.active(u.id)).toEqual({ id: first, userId: u.id, status: 'active', state: '{"step":1}', overall: null, createdAt: MONDAY, updatedAt: MONDAY, finishedAt: null });
    expect(await store.mocks.save(first, '{"step":2}', MONDAY + 10)).toBe(true);
    expect(await store.mocks.lastFinished(u.id)).toBeUndefined();
    expect(await store.mocks.finish(first, '{"done":true}', 72.5, MONDAY + 20)).toBe(true);
    expect(await store.mocks.save(first, '{"late":true}', MONDAY + 30)).toBe(false);
    expect(await store.mocks.lastFinished(u.id)).toMatchObject({ id: first, status: 'finished', state: '{"done":true}', overall: 72.5, finishedAt: MONDAY + 20 });
    expect(await store.mocks.active(u.id)).toBeUndefined();
    const second = await store.write((tx) => tx.mocks.insert({ userId: u.id, state: '{}', createdAt: MONDAY + 40 }));
    expect(await store.mocks.expire(u.id, MONDAY + 40)).toBe(0);
    expect(await store.mocks.expire(u.id, MONDAY + 41)).toBe(1);
    expect((await store.mocks.byId(second))!.status).toBe('expired');
    const third = await store.write((tx) => tx.mocks.insert({ userId: u.id, state: '{}', createdAt: MONDAY + 50 }));
    expect(await store.mocks.end(u.id, MONDAY + 60)).toBe(1);
    expect(await store.mocks.end(u.id, MONDAY + 61)).toBe(0);
    expect((await store.mocks.all(u.id)).map((m) => [m.id, m.status])).toEqual([[first, 'finished'], [second, 'expired'], [third, 'expired']]);
    expect(await store.mocks.count(u.id)).toBe(3);
    expect((await store.counts()).mocks).toBe(3);
    await store.close();
  });

  it('refuses an attempt for a user that does not exist', async () => {
    const store = await open();
    const report = steeredReport(shippedBank().entries[0]!, 'x');
    await expect(store.write((tx) => tx.attempts.insert({ userId: 999, questionId: 'Q1', answer: 'a', report, bankVersion: 'v', scope: 's', roundId: null, createdAt: 0 }))).rejects.toThrow(/foreign key/i);
    await store.close();
  });

  it('a write that throws commits nothing', async () => {
    const store = await open();
    await expect(store.write(async (tx) => {
      await tx.users.ensure(identity, MONDAY);
      throw new Error('half-way');
    })).rejects.toThrow('half-way');
    expect(await store.users.find('discord', '123')).toBeUndefined();
    await store.close();
  });

  it('refuses the store itself inside a transaction, or runs it outside (never inside by accident)', async () => {
    const store = await open();
    const outcome = await store.write(async (tx) => {
      await tx.users.ensure(identity, MONDAY);
      return store.users.find('discord', '123').then((u) => (u ? 'saw uncommitted' : 'outside'), () => 'refused');
    }).catch(() => 'refused');
    expect(['outside', 'refused']).toContain(outcome);
    await store.close();
  });

  it('review cards: put replaces, due lists the overdue first', async () => {
    const store = await open();
    const u = await store.write((tx) => tx.users.ensure(identity, MONDAY));
    const card = { questionId: 'Q2', due: MONDAY + 10, stability: 1.5, difficulty: 5.25, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: MONDAY };
    await store.write(async (tx) => {
      await tx.reviewCards.put(u.id, card);
      await tx.reviewCards.put(u.id, { ...card, questionId: 'Q1', due: MONDAY + 5, lastReview: null });
      await tx.reviewCards.put(u.id, { ...card, reps: 2 });
    });
    expect(await store.reviewCards.get(u.id, 'Q2')).toEqual({ ...card, reps: 2 });
    expect(await store.reviewCards.due(u.id, MONDAY + 10)).toEqual([{ questionId: 'Q1', due: MONDAY + 5 }, { questionId: 'Q2', due: MONDAY + 10 }]);
    expect(await store.reviewCards.due(u.id, MONDAY + 6)).toEqual([{ questionId: 'Q1', due: MONDAY + 5 }]);
    expect((await store.reviewCards.all(u.id)).map((c) => c.questionId)).toEqual(['Q1', 'Q2']);
    await store.close();
  });

  it('standings: only a better score moves the sum; rank, count, top and per-user rows', async () => {
    const store = await open();
    const [a, b] = await store.write(async (tx) => [await tx.users.ensure(identity, MONDAY), await tx.users.ensure({ ...identity, platformUserId: '456', displayName: 'Bob' }, MONDAY)]);
    await store.write(async (tx) => {
      await tx.standings.record(a!.id, 's', ['all', 'w1'], 'Q1', 60);
      await tx.standings.record(a!.id, 's', ['all', 'w1'], 'Q1', 40);
      await tx.standings.record(a!.id, 's', ['all'], 'Q1', 70);
      await tx.standings.record(a!.id, 's', ['all'], 'Q2', 10);
      await tx.standings.record(b!.id, 's', ['all'], 'Q1', 50);
    });
    expect(await store.standings.top('s', 'all', 10)).toEqual([
      { userId: a!.id, displayName: 'Ada', showName: false, bestSum: 80, questions: 2 },
      { userId: b!.id, displayName: 'Bob', showName: false, bestSum: 50, questions: 1 },
    ]);
    expect(await store.standings.rankOf('s', 'all', b!.id)).toEqual({ rank: 2, bestSum: 50, questions: 1 });
    expect(await store.standings.rankOf('s', 'w2', b!.id)).toBeUndefined();
    expect(await store.standings.count('s', 'all')).toBe(2);
    expect(await store.standings.bestsOf(a!.id)).toEqual([
      { scope: 's', period: 'all', questionId: 'Q1', best: 70 }, { scope: 's', period: 'all', questionId: 'Q2', best: 10 }, { scope: 's', period: 'w1', questionId: 'Q1', best: 60 },
    ]);
    expect(await store.standings.standingsOf(a!.id)).toEqual([{ scope: 's', period: 'all', bestSum: 80, questions: 2 }, { scope: 's', period: 'w1', bestSum: 60, questions: 1 }]);
    await store.close();
  });

  it('forget-me: removing the user removes every row that refers to them, in one transaction', async () => {
    const store = await open();
    const report = steeredReport(shippedBank().entries[0]!, 'total=50');
    const u = await store.write(async (tx) => {
      const u = await tx.users.ensure(identity, MONDAY);
      await tx.attempts.insert({ userId: u.id, questionId: 'Q1', answer: 'a', report, bankVersion: 'v', scope: 's', roundId: null, createdAt: MONDAY });
      await tx.reviewCards.put(u.id, { questionId: 'Q1', due: 0, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null });
      await tx.standings.record(u.id, 's', ['all'], 'Q1', 50);
      await tx.mocks.insert({ userId: u.id, state: '{}', createdAt: MONDAY });
      return u;
    });
    expect(await store.write(async (tx) => tx.users.remove((await tx.users.find('discord', '123'))!.id))).toBe(1);
    const counts = await store.counts();
    expect(counts).toMatchObject({ users: 0, attempts: 0, review_cards: 0, question_bests: 0, standings: 0, mocks: 0 });
    expect(await store.attempts.points(u.id)).toEqual([]);
    await store.close();
  });

  it('schedules: set (upsert, resumes), pause, resume, failures in a row, remove', async () => {
    const store = await open();
    const settings = { ...channel, time: '09:00', timeZone: 'Asia/Shanghai', weekdays: 62, filters: { difficulty: 'A' }, windowMinutes: 480 };
    const row = await store.write((tx) => tx.schedules.set(settings, MONDAY));
    expect(row).toEqual({ id: row.id, ...settings, status: 'active', pausedReason: null, failedRounds: 0, activeFrom: MONDAY, createdAt: MONDAY, updatedAt: MONDAY });
    await store.schedules.pause(row.id, 'by Ada', MONDAY + 1);
    expect(await store.schedules.find(channel)).toMatchObject({ status: 'paused', pausedReason: 'by Ada', updatedAt: MONDAY + 1 });
    expect(await store.schedules.active()).toEqual([]);
    expect(await store.schedules.recordFailedRound(row.id)).toBe(1);
    expect(await store.schedules.recordFailedRound(row.id)).toBe(2);
    await store.schedules.resume(row.id, MONDAY + 2);
    expect(await store.schedules.byId(row.id)).toMatchObject({ status: 'active', failedRounds: 0, activeFrom: MONDAY + 2 });
    const again = await store.write((tx) => tx.schedules.set({ ...settings, time: '10:30' }, MONDAY + 3));
    expect(again).toMatchObject({ id: row.id, time: '10:30', createdAt: MONDAY, updatedAt: MONDAY + 3 });
    expect((await store.schedules.inScope('discord:g1')).map((s) => s.channelId)).toEqual(['c1']);
    expect(await store.schedules.recordFailedRound(999)).toBe(0);
    expect(await store.schedules.remove(row.id)).toBe(1);
    expect(await store.schedules.find(channel)).toBeUndefined();
    await store.close();
  });

  it('rounds: one per channel and date; leases go to one owner; open, retry, close, results', async () => {
    const store = await open();
    const schedule = await store.write((tx) => tx.schedules.set({ ...channel, time: '09:00', timeZone: 'UTC', weekdays: 127, filters: {}, windowMinutes: 60 }, 0));
    const base = { scheduleId: schedule.id, ...channel, localDate: '2025-01-06', timeZone: 'UTC', dueAt: MONDAY, questionId: 'Q1', status: 'posting' as const, windowMinutes: 60, leaseOwner: null, leaseUntil: null, lastError: null, createdAt: MONDAY };
    const id = await store.rounds.insert(base);
    expect(id).not.toBeNull();
    expect(await store.rounds.insert({ ...base, questionId: 'Q2' })).toBeNull();
    expect(await store.rounds.exists(channel, '2025-01-06')).toBe(true);
    expect(await store.rounds.nextWake(['discord'])).toBe(0);
    const won = await store.rounds.leaseQuestions(['discord'], 'a', MONDAY, MONDAY + 1000);
    expect(won.map((r) => r.id)).toEqual([id]);
    expect(won[0]).toMatchObject({ leaseOwner: 'a', leaseUntil: MONDAY + 1000, status: 'posting', questionId: 'Q1' });
    expect(await store.rounds.leaseQuestions(['discord'], 'b', MONDAY + 10, MONDAY + 2000)).toEqual([]);
    expect(await store.rounds.leaseQuestions(['slack'], 'b', MONDAY + 5000, MONDAY + 9000)).toEqual([]);
    expect(await store.rounds.markOpen(id!, 'b', MONDAY, MONDAY + 60_000)).toBe(false);
    expect(await store.rounds.markOpen(id!, 'a', MONDAY + 100, MONDAY + 60_000)).toBe(true);
    expect(await store.rounds.open(channel, MONDAY + 200)).toMatchObject({ id, status: 'open', openedAt: MONDAY + 100, closesAt: MONDAY + 60_000 });
    expect(await store.rounds.open(channel, MONDAY + 60_000)).toBeUndefined();
    expect(await store.rounds.usage(channel)).toEqual([{ questionId: 'Q1', uses: 1, lastOpened: MONDAY + 100 }]);
    expect(await store.rounds.nextWake(['discord'])).toBe(MONDAY + 60_000);

    const report = (total: number) => steeredReport(shippedBank().entries[0]!, `total=${total}`);
    await store.write(async (tx) => {
      const ada = await tx.users.ensure(identity, MONDAY);
      const bob = await tx.users.ensure({ ...identity, platformUserId: '456', displayName: 'Bob' }, MONDAY);
      for (const [u, total, at] of [[ada, 40, 1000], [ada, 80, 2000], [ada, 80, 3000], [bob, 55, 1500]] as const) {
        await tx.attempts.insert({ userId: u.id, questionId: 'Q1', answer: 'a', report: report(total), bankVersion: 'v', scope: 's', roundId: id, createdAt: MONDAY + at });
      }
    });
    const results = (await store.rounds.results(id!, 'Q1', MONDAY, MONDAY + 60_000)).sort((x, y) => x.best - y.best);
    expect(results.map((r) => ({ name: r.displayName, best: r.best, at: r.answeredAt - MONDAY, showName: r.showName }))).toEqual([
      { name: 'Bob', best: 55, at: 1500, showName: false }, { name: 'Ada', best: 80, at: 2000, showName: false },
    ]);
    expect(JSON.parse(results[1]!.report).total).toBe(80);

    expect(await store.rounds.leaseSummaries(['discord'], 'c', MONDAY + 59_000, MONDAY + 70_000)).toEqual([]);
    const summaries = await store.rounds.leaseSummaries(['discord'], 'c', MONDAY + 60_000, MONDAY + 70_000);
    expect(summaries.map((r) => r.id)).toEqual([id]);
    expect(await store.rounds.retryLater(id!, 'c', 1, MONDAY + 65_000, 'rate limited')).toBe(true);
    expect(await store.rounds.byId(id!)).toMatchObject({ tries: 1, nextTryAt: MONDAY + 65_000, lastError: 'rate limited', leaseOwner: null });
    expect(await store.rounds.leaseSummaries(['discord'], 'c', MONDAY + 64_000, MONDAY + 70_000)).toEqual([]);
    expect((await store.rounds.leaseSummaries(['discord'], 'c', MONDAY + 65_000, MONDAY + 70_000)).length).toBe(1);
    expect(await store.rounds.markClosed(id!, 'c', MONDAY + 66_000, null)).toBe(true);
    expect(await store.rounds.byId(id!)).toMatchObject({ status: 'closed', summaryPostedAt: MONDAY + 66_000 });
    expect(await store.rounds.nextWake(['discord'])).toBeNull();
    await store.close();
  });

  it('rounds: a question nobody posted goes stale and is ended once', async () => {
    const store = await open();
    const base = { scheduleId: null as unknown as number, ...channel, localDate: '2025-01-07', timeZone: 'UTC', dueAt: MONDAY, questionId: 'Q1', status: 'posting' as const, windowMinutes: 60, leaseOwner: 'gone', leaseUntil: MONDAY + 10, lastError: null, createdAt: MONDAY };
    const id = await store.rounds.insert(base);
    expect(await store.rounds.stale(['discord'], MONDAY, MONDAY + 5)).toEqual([]);
    expect((await store.rounds.stale(['discord'], MONDAY, MONDAY + 10)).map((r) => r.id)).toEqual([id]);
    expect(await store.rounds.endPosting(id!, null, 'skipped', 'too late', MONDAY + 10)).toBe(true);
    expect(await store.rounds.endPosting(id!, null, 'skipped', 'too late', MONDAY + 10)).toBe(false);
    expect(await store.rounds.byId(id!)).toMatchObject({ status: 'skipped', lastError: 'too late', scheduleId: null });
    await store.close();
  });

  it('slack installations: put replaces and keeps the first install date; remove; count', async () => {
    const store = await open();
    const row = { installKey: 'team:T1', teamId: 'T1', enterpriseId: null, sealed: 'c2VhbGVk', installedAt: 1, updatedAt: 1 };
    await store.installations.put(row);
    await store.installations.put({ ...row, sealed: 'bmV3', installedAt: 5, updatedAt: 5 });
    expect(await store.installations.get('team:T1')).toEqual({ ...row, sealed: 'bmV3', updatedAt: 5 });
    expect(await store.installations.count()).toBe(1);
    expect(await store.installations.remove('team:T1')).toBe(1);
    expect(await store.installations.get('team:T1')).toBeUndefined();
    await store.close();
  });

  it('transactions of different callers never mix', async () => {
    const store = await open();
    const users = Array.from({ length: 20 }, (_, i) => ({ ...identity, platformUserId: `u${i}`, displayName: `U${i}` }));
    const outcomes = await Promise.allSettled(users.map((u, i) => store.write(async (tx) => {
      await tx.users.ensure(u, MONDAY);
      await new Promise((r) => setTimeout(r, 1));
      if (i % 2 === 1) throw new Error('odd');
    })));
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBe(10);
    expect((await store.counts()).users).toBe(10);
    expect(await store.users.find('discord', 'u1')).toBeUndefined();
    expect(await store.users.find('discord', 'u2')).toBeDefined();
    await store.close();
    void engine;
  });
});
