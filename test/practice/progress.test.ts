import { describe, expect, it } from 'vitest';
import { statOf } from '../../src/practice/progress.ts';
import { streakOf } from '../../src/practice/days.ts';
import { DAY, MONDAY, testPractice, user } from '../helpers/practice.ts';

const ctx = { scope: 'terminal' };
const HOUR = 3_600_000;
const MIDNIGHT = Date.UTC(2025, 0, 6);

describe('progress', () => {
  it('average and trend over the last N values', async () => {
    expect(statOf([10, 20, 30, 40], 20)).toEqual({ average: 25, trend: 20, attempts: 4 });
    expect(statOf([10, 20, 30, 40], 3)).toEqual({ average: 30, trend: 20, attempts: 4 });
    expect(statOf([55], 20)).toEqual({ average: 55, trend: null, attempts: 1 });
    expect(statOf([], 20)).toEqual({ average: null, trend: null, attempts: 0 });
  });

  it('per dimension, difficulty, phase and stakeholder; best and last per question; history', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user(), 'Q1', 'total=60 metrics=20', ctx);
    await t.practice.submitAnswer(user(), 'Q4', 'total=80 metrics=30', ctx);
    await t.practice.submitAnswer(user(), 'Q1', 'total=50 metrics=40', ctx);
    const p = await t.practice.progress(user());
    expect(p.attempts).toBe(3);
    expect(p.dimensions.metrics).toEqual({ average: 30, trend: 20, attempts: 3 });
    expect(p.dimensions.keyInsight).toEqual({ average: 63.3, trend: -10, attempts: 3 });
    expect(p.weakestDimension).toBe('metrics');
    expect(p.difficulty.F).toEqual({ average: 55, trend: -10, attempts: 2 });
    expect(p.difficulty.I).toEqual({ average: 80, trend: null, attempts: 1 });
    expect(p.difficulty.A).toEqual({ average: null, trend: null, attempts: 0 });
    expect(p.phase.Design).toMatchObject({ average: 55 });
    expect(p.phase.Testing).toMatchObject({ average: 80 });
    expect(p.stakeholder.QA).toMatchObject({ average: 80, attempts: 1 });
    expect(p.questions).toEqual([
      { questionId: 'Q1', best: 60, last: 50, attempts: 2, lastAt: MONDAY },
      { questionId: 'Q4', best: 80, last: 80, attempts: 1, lastAt: MONDAY },
    ]);
    expect(p.history.map((h) => h.total)).toEqual([60, 80, 50]);
  });

  it('an unknown user has empty progress, not an error', async () => {
    const p = await testPractice().practice.progress(user('nobody'));
    expect(p).toMatchObject({ attempts: 0, weakestDimension: null, questions: [], streak: { current: 0, longest: 0 } });
  });

  it('counts streak days in the user\'s own time zone', async () => {
    // 17:00 Mon, 04:00 Tue and 09:00 Wed in Shanghai; in UTC the first two are both Monday.
    const times = [MIDNIGHT + 9 * HOUR, MIDNIGHT + 20 * HOUR, MIDNIGHT + 2 * DAY + HOUR];
    const now = MIDNIGHT + 2 * DAY + 2 * HOUR;
    expect(streakOf(times, now, 'Asia/Shanghai')).toEqual({ current: 3, longest: 3, activeToday: true, days: 3 });
    expect(streakOf(times, now, 'UTC')).toEqual({ current: 1, longest: 1, activeToday: true, days: 2 });
    // Yesterday's attempt keeps the streak alive until the day ends; two days off ends it.
    expect(streakOf(times, now + DAY, 'Asia/Shanghai').current).toBe(3);
    expect(streakOf(times, now + 2 * DAY, 'Asia/Shanghai')).toMatchObject({ current: 0, longest: 3, activeToday: false });
  });

  it('uses the stored time zone of the user for the streak', async () => {
    const t = testPractice({ start: MIDNIGHT + 15 * HOUR }); // 23:00 in Shanghai
    const lin = user('lin', 'Asia/Shanghai');
    await t.practice.submitAnswer(lin, 'Q1', 'total=50', ctx);
    t.clock.advance(3 * HOUR);
    await t.practice.submitAnswer(lin, 'Q2', 'total=50', ctx);
    expect((await t.practice.progress(lin)).streak).toMatchObject({ current: 2, days: 2 });
  });
});
