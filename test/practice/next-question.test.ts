import { describe, expect, it } from 'vitest';
import { PracticeError } from '../../src/practice/index.ts';
import { DAY, testPractice, user } from '../helpers/practice.ts';

const ctx = { scope: 'terminal' };

async function message(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof PracticeError) return err.userMessage;
    throw err;
  }
  throw new Error('expected a PracticeError');
}

describe('nextQuestion', () => {
  it('is deterministic under a seed', async () => {
    const a = testPractice({ seed: 7 });
    const b = testPractice({ seed: 7 });
    const picks = async (t: typeof a) => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await t.practice.nextQuestion(user())).entry.id);
      return ids;
    };
    expect(await picks(a)).toEqual(await picks(b));
  });

  it('serves complete questions never seen first, then the incomplete ones, never the same twice in a row', async () => {
    const t = testPractice();
    const bank = t.practice.bank;
    const seen: string[] = [];
    for (let i = 0; i < bank.entries.length; i++) {
      const pick = await t.practice.nextQuestion(user());
      expect(pick.reason).toBe('new');
      expect(seen).not.toContain(pick.entry.id);
      seen.push(pick.entry.id);
      await t.practice.submitAnswer(user(), pick.entry.id, 'total=90', ctx);
    }
    const complete = bank.entries.filter((e) => e.status === 'complete').length;
    expect(complete).toBe(4);
    expect(seen.slice(0, complete).every((id) => bank.entries.find((e) => e.id === id)!.status === 'complete')).toBe(true);
    expect(new Set(seen).size).toBe(bank.entries.length);
    // Everything seen and nothing due yet: the weakest-dimension pick, still not the question just answered.
    const after = await t.practice.nextQuestion(user());
    expect(after.reason).toBe('weakest');
    expect(after.entry.id).not.toBe(seen.at(-1));
  });

  it('asks again what ts-fsrs says is due, most overdue first', async () => {
    const t = testPractice();
    // All three F questions seen: Q1 badly (Again), Q2 well (Easy), Q3 fairly (Good), Q2 last.
    await t.practice.submitAnswer(user(), 'Q1', 'total=10', ctx);
    await t.practice.submitAnswer(user(), 'Q3', 'total=70', ctx);
    await t.practice.submitAnswer(user(), 'Q2', 'total=95', ctx);
    t.clock.advance(2 * DAY);
    expect(await t.practice.nextQuestion(user(), { difficulty: 'F' })).toMatchObject({ reason: 'due', entry: { id: 'Q1' } });
    await t.practice.submitAnswer(user(), 'Q1', 'total=90', ctx);
    t.clock.advance(60 * DAY);
    // Q3 and Q2 are both due now; Q3 fell due first.
    expect(await t.practice.nextQuestion(user(), { difficulty: 'F' })).toMatchObject({ reason: 'due', entry: { id: 'Q3' } });
  });

  it('targets the weakest dimension once nothing is new or due', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user(), 'Q1', 'total=90 metrics=40', ctx);
    await t.practice.submitAnswer(user(), 'Q2', 'total=90 metrics=5', ctx);
    await t.practice.submitAnswer(user(), 'Q3', 'total=90 metrics=30', ctx);
    await t.practice.submitAnswer(user(), 'Q1', 'total=90 metrics=45', ctx);
    expect(await t.practice.nextQuestion(user(), { difficulty: 'F' })).toMatchObject({ reason: 'weakest', weakestDimension: 'metrics', entry: { id: 'Q2' } });
  });

  it('among new questions, prefers the ones with most to say on the weakest dimension', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user(), 'Q4', 'total=80 tradeOffs=10', ctx);
    // Q5 is complete with trade-offs; Q6 is incomplete and has none.
    expect(await t.practice.nextQuestion(user(), { difficulty: 'A' })).toMatchObject({ reason: 'new', weakestDimension: 'tradeOffs', entry: { id: 'Q5' } });
  });

  it('serves an explicit id even if it was the last one, and names an unknown id', async () => {
    const t = testPractice();
    await t.practice.submitAnswer(user(), 'Q5', 'total=50', ctx);
    expect(await t.practice.nextQuestion(user(), { id: 'q5' })).toMatchObject({ reason: 'chosen', entry: { id: 'Q5' } });
    expect(await await message(() => t.practice.nextQuestion(user(), { id: 'Q404' }))).toBe('There is no question "Q404". Questions run from Q1 to Q6.');
  });

  it('names the filter when a value is unknown or nothing matches', async () => {
    const t = testPractice();
    expect(await await message(() => t.practice.nextQuestion(user(), { phase: 'Launch' }))).toMatch(/^There is no phase "Launch"\. Try one of: Requirements, Design/);
    expect(await await message(() => t.practice.nextQuestion(user(), { phase: 'requirements' }))).toBe('No question matches phase "Requirements". Try fewer or other filters.');
    expect(await await message(() => t.practice.nextQuestion(user(), { difficulty: 'A', stakeholder: 'BA' }))).toMatch(/difficulty "A" and stakeholder "BA"/);
  });

  it('accepts filters in any case and by full difficulty name', async () => {
    const t = testPractice();
    const pick = await t.practice.nextQuestion(user(), { difficulty: 'advanced', phase: 'ops', stakeholder: 'sre' });
    expect(pick.entry).toMatchObject({ difficulty: 'A' });
    expect(pick.entry.phases).toContain('Ops');
    expect(pick.entry.stakeholders).toContain('SRE');
  });

  it('with a single match, serves it again rather than refusing', async () => {
    const t = testPractice();
    expect(await t.practice.nextQuestion(user(), { dimension: 'compliance' })).toMatchObject({ matching: 1, entry: { id: 'Q3' } });
    expect((await t.practice.nextQuestion(user(), { dimension: 'compliance' })).entry.id).toBe('Q3');
  });

  it('never serves the same question twice in a row, even unanswered', async () => {
    const t = testPractice();
    let last = '';
    for (let i = 0; i < 20; i++) {
      const id = (await t.practice.nextQuestion(user(), { difficulty: 'A' })).entry.id;
      expect(id).not.toBe(last);
      last = id;
    }
  });
});
