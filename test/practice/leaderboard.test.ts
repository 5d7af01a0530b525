import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/practice/leaderboard.ts';
import { DAY, MONDAY, testPractice, user } from '../helpers/practice.ts';

const ctx = { scope: 'discord:1' };

describe('leaderboard', () => {
  it('repeating one easy question cannot beat covering the bank', async () => {
    const t = testPractice();
    for (let i = 0; i < 10; i++) await t.practice.submitAnswer(user('ada'), 'Q1', 'total=95', ctx);
    for (const q of ['Q1', 'Q2', 'Q4']) await t.practice.submitAnswer(user('bob'), q, 'total=60', ctx);
    await t.practice.setShowName(user('ada'), true);
    const board = await t.practice.leaderboard('discord:1', 'all', { viewer: user('ada') });
    expect(board).toMatchObject({ scope: 'discord:1', period: 'all', since: null, bankQuestions: 6, participants: 2 });
    expect(board.rows).toEqual([
      { rank: 1, name: ANONYMOUS, score: 30, questions: 3, you: false },
      { rank: 2, name: 'Ada', score: 15.8, questions: 1, you: true },
    ]);
    expect(board.you).toEqual({ rank: 2, name: 'Ada', score: 15.8, questions: 1, you: true });
  });

  it('a pasted or shuffled model answer stays off the board, though the attempt is kept (issue 12)', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user('ada'), 'Q1', 'total=30 flag=copy', ctx);
    expect((await t.practice.leaderboard('discord:1', 'all')).rows).toEqual([]);
    expect((await t.practice.progress(user('ada'))).attempts).toBe(1);
    await t.practice.submitAnswer(user('ada'), 'Q1', 'total=70', ctx);
    expect((await t.practice.leaderboard('discord:1', 'all')).rows[0]).toMatchObject({ questions: 1, score: 11.7 });
  });

  it('a pasted model answer keeps no streak alive (issue 12)', async () => {
    const t = testPractice({ start: MONDAY });
    await t.practice.submitAnswer(user('ada'), 'Q1', 'total=70', ctx);
    t.clock.advance(DAY);
    await t.practice.submitAnswer(user('ada'), 'Q2', 'total=30 flag=copy', ctx);
    expect((await t.practice.progress(user('ada'))).streak).toMatchObject({ current: 1, activeToday: false, days: 1 });
    await t.practice.submitAnswer(user('ada'), 'Q2', 'total=60', ctx);
    expect((await t.practice.progress(user('ada'))).streak).toMatchObject({ current: 2, activeToday: true, days: 2 });
  });

  it('only a better score on a question moves the sum', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user(), 'Q1', 'total=70', ctx);
    await t.practice.submitAnswer(user(), 'Q1', 'total=40', ctx);
    expect((await t.practice.leaderboard('discord:1', 'all')).rows[0]!.score).toBe(11.7);
    await t.practice.submitAnswer(user(), 'Q1', 'total=88', ctx);
    expect((await t.practice.leaderboard('discord:1', 'all')).rows[0]).toMatchObject({ score: 14.7, questions: 1 });
  });

  it('weeks start Monday 00:00 UTC; all time keeps everything', async () => {
    const t = testPractice({ start: MONDAY + 6 * DAY + 14 * 3_600_000 + 59 * 60_000 }); // Sunday 23:59 UTC
    await t.practice.submitAnswer(user(), 'Q1', 'total=60', ctx);
    expect(await t.practice.leaderboard('discord:1', 'week')).toMatchObject({ since: '2025-01-06', participants: 1 });
    t.clock.advance(60_000); // Monday 00:00 UTC
    const week = await t.practice.leaderboard('discord:1', 'week');
    expect(week).toMatchObject({ since: '2025-01-13', participants: 0, rows: [] });
    await t.practice.submitAnswer(user('bob'), 'Q2', 'total=30', ctx);
    expect((await t.practice.leaderboard('discord:1', 'week')).rows.map((r) => r.score)).toEqual([5]);
    expect((await t.practice.leaderboard('discord:1', 'all')).rows.map((r) => r.score)).toEqual([10, 5]);
  });

  it('keeps scopes apart and ranks a viewer below the shown rows', async () => {
    const t = testPractice();
    for (let i = 0; i < 5; i++) await t.practice.submitAnswer(user(`u${i}`), 'Q1', `total=${90 - i * 10}`, ctx);
    await t.practice.submitAnswer(user('u4'), 'Q2', 'total=1', { scope: 'slack:T1' });
    const board = await t.practice.leaderboard('discord:1', 'all', { viewer: user('u4'), limit: 2 });
    expect(board.rows.map((r) => r.score)).toEqual([15, 13.3]);
    expect(board.you).toMatchObject({ rank: 5, score: 8.3 });
    expect((await t.practice.leaderboard('slack:T1', 'all')).participants).toBe(1);
    expect(await t.practice.leaderboard('nowhere', 'all')).toMatchObject({ participants: 0, rows: [], you: null });
  });
});
