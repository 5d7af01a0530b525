import { describe, expect, it } from 'vitest';
import { PracticeError } from '../../src/practice/index.ts';
import { testPractice, user } from '../helpers/practice.ts';

const ctx = { scope: 'terminal' };
const count = (t: ReturnType<typeof testPractice>, table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

async function rejection(fn: () => Promise<unknown>): Promise<PracticeError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof PracticeError) return err;
    throw err;
  }
  throw new Error('expected a PracticeError');
}

describe('submitAnswer', () => {
  it('scores, then commits the attempt before returning the report', async () => {
    const t = testPractice();
    const report = await t.practice.submitAnswer(user(), 'q3', '  total=72 because 8 cores and 99.95% uptime  ', { scope: 'discord:42', roundId: 7 });
    expect(report).toMatchObject({ questionId: 'Q3', total: 72 });
    const row = t.db.prepare('SELECT question_id, answer, total, scope, round_id, created_at, bank_version FROM attempts').get();
    expect(row).toEqual({ question_id: 'Q3', answer: 'total=72 because 8 cores and 99.95% uptime', total: 72, scope: 'discord:42', round_id: 7, created_at: t.clock.now(), bank_version: t.practice.bank.version });
    expect((await t.store.reviewCards.get(1, 'Q3'))?.due).toBeGreaterThan(t.clock.now());
  });

  it('refuses empty and whitespace answers politely and stores nothing', async () => {
    const t = testPractice();
    for (const text of ['', '   \n\t  ']) {
      const err = await await rejection(() => t.practice.submitAnswer(user(), 'Q1', text, ctx));
      expect(err.code).toBe('empty-answer');
      expect(err.userMessage).toMatch(/empty/);
    }
    expect(count(t, 'attempts')).toBe(0);
  });

  it('accepts 4,000 characters and refuses 4,001 with the count and the limit', async () => {
    const t = testPractice();
    const err = await await rejection(() => t.practice.submitAnswer(user(), 'Q1', 'a'.repeat(4001), ctx));
    expect(err.code).toBe('answer-too-long');
    expect(err.userMessage).toContain('4,001 characters; the limit is 4,000');
    expect(count(t, 'attempts')).toBe(0);
    // Characters, not UTF-16 units: 4,000 CJK-extension characters fit.
    await t.practice.submitAnswer(user(), 'Q1', '𠀋'.repeat(4000), ctx);
    expect(count(t, 'attempts')).toBe(1);
    expect((await rejection(() => t.practice.submitAnswer(user(), 'Q1', '𠀋'.repeat(4001), ctx))).userMessage).toContain('4,001 characters; the limit is 4,000');
    expect((await rejection(() => t.practice.submitAnswer(user(), 'Q1', `${'a'.repeat(3000)}${'𠀋'.repeat(1001)}`, ctx))).userMessage).toContain('4,001 characters');
  });

  it('judges a huge answer by its length without counting every character of it (issue 13)', async () => {
    const t = testPractice();
    // 50 MB: spreading it into an array of characters took seconds and hundreds of MB.
    const err = await rejection(() => t.practice.submitAnswer(user(), 'Q1', 'x'.repeat(50 * 1024 * 1024), ctx));
    expect(err.code).toBe('answer-too-long');
    expect(err.userMessage).toContain('Your answer is more than 32,000 characters; the limit is 4,000.');
    expect(count(t, 'attempts')).toBe(0);
  });

  it('names an unknown question id and stores nothing', async () => {
    const t = testPractice();
    const err = await await rejection(() => t.practice.submitAnswer(user(), 'Q99', 'total=50', ctx));
    expect(err.code).toBe('unknown-question');
    expect(err.userMessage).toBe('There is no question "Q99". Questions run from Q1 to Q6.');
    expect(count(t, 'attempts')).toBe(0);
    expect(count(t, 'users')).toBe(0);
  });

  it('maps the score to an FSRS rating: a weak answer comes back sooner than a strong one', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user('weak'), 'Q1', 'total=20', ctx);
    await t.practice.submitAnswer(user('strong'), 'Q1', 'total=95', ctx);
    const due = async (id: number) => (await t.store.reviewCards.get(id, 'Q1'))!.due - t.clock.now();
    expect(await due(1)).toBeGreaterThan(0);
    expect(await due(1)).toBeLessThan(await due(2));
  });
});
