/**
 * The mock interview's use cases on a real store (SQLite and PostgreSQL), issue 14: start or resume,
 * answer each step and its follow-up, time kept, the report card compared with the previous mock, a
 * mock left for a day expiring, and follow-ups in practice mode kept off the boards.
 */
import { describe, expect, it } from 'vitest';
import { createPractice, seededRandom, type Practice } from '../../src/practice/index.ts';
import { MOCK_BUDGET_MS } from '../../src/practice/mock.ts';
import { reportCardSvg } from '../../src/practice/report-card.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { freshPostgresUrl } from '../helpers/postgres.ts';
import { DAY, fakeClock, fixtureBank, steeredFollowUp, steeredReport, testPractice, user } from '../helpers/practice.ts';

const MIN = 60_000;

const ENGINES: [string, () => Promise<Store | undefined>][] = [
  ['sqlite', async () => undefined],
  ['postgres', async () => openStore(await freshPostgresUrl())],
];

describe.each(ENGINES)('a mock interview (%s)', (_engine, storeFor) => {
  it('given a start then it asks N questions and a follow-up after each, records the time, and ends with a report card compared with the previous mock', async () => {
    const t = testPractice({ store: await storeFor() });
    const ada = user('ada');
    const start = await t.practice.startMock(ada, { count: 2, filters: { difficulty: 'F' }, scope: 'terminal' });
    expect(start).toMatchObject({ resumed: false, questions: 2, requested: 2, expiredBefore: false, lang: 'en' });
    expect(start.step).toMatchObject({ kind: 'question', index: 1, of: 2, budgetMs: MOCK_BUDGET_MS });
    const asked = [start.step.entry.id];
    expect(['Q1', 'Q2', 'Q3']).toContain(asked[0]);

    const totals = [70, 40, 90, 50];
    let last;
    for (const [k, total] of totals.entries()) {
      t.clock.advance((k + 2) * MIN);
      last = await t.practice.answerMock(ada, `total=${total}`, { scope: 'terminal' });
      expect(last.answered.kind).toBe(k % 2 === 0 ? 'question' : 'followUp');
      if (last.next?.kind === 'question') asked.push(last.next.entry.id);
      if (last.next?.kind === 'followUp') expect(last.next.twist).toBe(last.next.entry.followUps![last.next.followUp - 1]!.twist);
    }
    expect(new Set(asked).size).toBe(2);
    expect(last!.next).toBeNull();
    const card = last!.card!;
    expect(card.questions.map((q) => [q.questionId, q.total, q.followUp?.total, q.elapsedMs / MIN])).toEqual([
      [asked[0], 70, 40, 2 + 3],
      [asked[1], 90, 50, 4 + 5],
    ]);
    expect(card.adaptability).toBe(45);
    expect(card.overall).toBe(62.5);
    expect(card.previous).toBeNull();

    // Follow-up answers are stored as such and stay off the board; first answers are on it.
    const exported = await t.practice.exportUser(ada);
    expect(exported.attempts.map((a) => [a.total, a.followUp === null])).toEqual([[70, true], [40, false], [90, true], [50, false]]);
    const board = await t.practice.leaderboard('terminal', 'all', { viewer: ada });
    expect(board.rows[0]).toMatchObject({ questions: 2 });
    expect(exported.mocks).toHaveLength(1);
    expect(exported.mocks[0]).toMatchObject({ status: 'finished', overall: 62.5 });
    expect(await t.practice.lastReportCard(ada)).toMatchObject({ card, lang: 'en' });

    // The next mock's card compares with this one, and a new mock meets other twists.
    t.clock.advance(DAY);
    const second = await t.practice.startMock(ada, { count: 1, scope: 'terminal' });
    expect(second.resumed).toBe(false);
    await t.practice.answerMock(ada, 'total=80', { scope: 'terminal' });
    const done = await t.practice.answerMock(ada, 'total=80', { scope: 'terminal' });
    expect(done.card!.previous).toEqual({ overall: 62.5, finishedAt: expect.any(Number) });
    expect(done.card!.overall).toBe(80);
    await t.store.close();
  });

  it('given a mock in progress then a second start resumes it, and the process that restarts finds it where it was', async () => {
    const store = await storeFor();
    const t = testPractice({ store });
    const ada = user('ada');
    const first = await t.practice.startMock(ada, { count: 3, scope: 'terminal' });
    await t.practice.answerMock(ada, 'total=60', { scope: 'terminal' });
    const again = await t.practice.startMock(ada, { count: 1, filters: { difficulty: 'A' }, scope: 'terminal' });
    expect(again).toMatchObject({ mockId: first.mockId, resumed: true, questions: 3 });
    expect(again.step).toMatchObject({ kind: 'followUp', index: 1 });
    // A new practice core on the same database (the bot restarted): the same step.
    const restarted = createPractice({ store: t.store, bank: fixtureBank, scorerFor: () => ({ score: steeredReport, scoreFollowUp: steeredFollowUp }), clock: t.clock, random: seededRandom(9) });
    expect(await restarted.currentMock(ada)).toMatchObject({ mockId: first.mockId, step: { kind: 'followUp', index: 1, entry: { id: first.step.entry.id } } });
    expect(await restarted.endMock(ada)).toBe(true);
    expect(await restarted.currentMock(ada)).toBeNull();
    expect(await restarted.endMock(ada)).toBe(false);
    await t.store.close();
  });

  it('given a mock untouched for a day then it expires: answering says so, and the next start is a new mock', async () => {
    const t = testPractice({ store: await storeFor() });
    const ada = user('ada');
    const first = await t.practice.startMock(ada, { count: 2, scope: 'terminal' });
    t.clock.advance(23 * 3_600_000);
    await t.practice.answerMock(ada, 'total=55', { scope: 'terminal' });
    t.clock.advance(DAY - 1);
    expect((await t.practice.currentMock(ada))!.mockId).toBe(first.mockId);
    t.clock.advance(2);
    await expect(t.practice.answerMock(ada, 'total=55', { scope: 'terminal' })).rejects.toMatchObject({ code: 'mock-expired' });
    await expect(t.practice.answerMock(ada, 'total=55', { scope: 'terminal', expected: { mockId: first.mockId, index: 1, kind: 'followUp' } })).rejects.toMatchObject({ code: 'mock-expired' });
    const next = await t.practice.startMock(ada, { count: 1, scope: 'terminal' });
    expect(next.mockId).not.toBe(first.mockId);
    expect(next.resumed).toBe(false);
    expect((await t.practice.exportUser(ada)).mocks.map((m) => m.status)).toEqual(['expired', 'active']);
    await t.store.close();
  });
});

describe('mock interview details', () => {
  it('given an answer for a step already answered then it is refused and nothing is recorded', async () => {
    const t = testPractice();
    const ada = user('ada');
    const start = await t.practice.startMock(ada, { count: 1, scope: 'terminal' });
    const ref = { mockId: start.mockId, index: 1, kind: 'question' as const };
    await t.practice.answerMock(ada, 'total=60', { scope: 'terminal', expected: ref });
    await expect(t.practice.answerMock(ada, 'total=99', { scope: 'terminal', expected: ref })).rejects.toMatchObject({ code: 'mock-step-answered', userMessage: expect.stringContaining('question 1 of 1') });
    expect((await t.practice.exportUser(ada)).attempts).toHaveLength(1);
  });

  it('given a count out of range, filters that match fewer questions, or none, then it says so', async () => {
    const t = testPractice();
    await expect(t.practice.startMock(user('ada'), { count: 6, scope: 'terminal' })).rejects.toMatchObject({ code: 'mock-count' });
    await expect(t.practice.startMock(user('ada'), { count: 0, scope: 'terminal' })).rejects.toMatchObject({ code: 'mock-count' });
    await expect(t.practice.startMock(user('ada'), { filters: { phase: 'Requirements' }, scope: 'terminal' })).rejects.toMatchObject({ code: 'no-match' });
    const few = await t.practice.startMock(user('ada'), { count: 5, filters: { difficulty: 'A' }, scope: 'terminal' });
    expect(few).toMatchObject({ questions: 2, requested: 5 });
  });

  it('given no mock then answering one says how to start', async () => {
    const t = testPractice();
    await expect(t.practice.answerMock(user('ada'), 'total=50', { scope: 'terminal' })).rejects.toMatchObject({ code: 'no-mock' });
    expect(await t.practice.lastReportCard(user('ada'))).toBeNull();
  });

  it('given the language setting then the scorer is asked for it, and the mock and its refusals speak it', async () => {
    const clock = fakeClock();
    const seen: (string | undefined)[] = [];
    const t = testPractice();
    const practice: Practice = createPractice({
      store: t.store,
      bank: fixtureBank,
      scorerFor: () => ({
        score: (e, text, o) => (seen.push(o?.lang), { ...steeredReport(e, text), lang: o?.lang === 'zh' ? 'zh' : 'en' }),
        scoreFollowUp: (e, n, text, o) => (seen.push(o?.lang), { ...steeredFollowUp(e, n, text), lang: o?.lang === 'zh' ? 'zh' : 'en' }),
      }),
      clock,
      random: seededRandom(1),
    });
    const ada = user('ada');
    expect(await practice.langSetting(ada)).toBe('auto');
    await practice.submitAnswer(ada, 'Q1', 'total=50', { scope: 'terminal' });
    await practice.setLang(ada, 'zh');
    expect(await practice.langSetting(ada)).toBe('zh');
    await practice.submitAnswer(ada, 'Q1', 'total=50', { scope: 'terminal' });
    const mock = await practice.startMock(ada, { count: 1, scope: 'terminal' });
    expect(mock.lang).toBe('zh');
    const answered = await practice.answerMock(ada, 'total=50', { scope: 'terminal' });
    expect(answered.report.lang).toBe('zh');
    await practice.submitFollowUp(ada, 'Q1', 1, 'total=40', { scope: 'terminal' });
    expect(seen).toEqual(['auto', 'zh', 'zh', 'zh']);
    await expect(practice.startMock(ada, { count: 9, scope: 'terminal' })).rejects.toMatchObject({ userMessage: expect.stringMatching(/[\p{Script=Han}]/u) });
  });
});

describe('the report card PNG', () => {
  it('given a Chinese card then only texts with Chinese are set in Noto Sans SC (it shapes far slower), and the PNG renders off the event loop', async () => {
    const t = testPractice();
    await t.practice.startMock(user('ada'), { count: 1, scope: 'terminal' });
    await t.practice.answerMock(user('ada'), 'total=70', { scope: 'terminal' });
    const { card } = await t.practice.answerMock(user('ada'), 'total=40', { scope: 'terminal' });
    const svg = reportCardSvg(card!, 'zh');
    const texts = [...svg.matchAll(/<text [^>]*font-family="([^"]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ family: m[1]!, text: m[2]! }));
    expect(texts.length).toBeGreaterThan(20);
    for (const { family, text } of texts) expect(family.startsWith('Noto Sans SC'), text).toBe(/[\p{Script=Han}]/u.test(text));
    const png = await t.practice.reportCardPng(card!, 'zh');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('follow-ups in practice mode', () => {
  it('given a scored answer then its follow-ups are asked in turn, graded as follow-ups, kept off the board and averaged as adaptability', async () => {
    const t = testPractice();
    const ada = user('ada');
    await expect(t.practice.followUpQuestion(ada, 'Q1')).rejects.toMatchObject({ code: 'answer-first' });
    await t.practice.submitAnswer(ada, 'Q1', 'total=60', { scope: 'discord:1' });
    const first = await t.practice.followUpQuestion(ada, 'Q1');
    expect(first).toMatchObject({ followUp: 1, lang: 'en' });
    expect(first.twist).toBe(first.entry.followUps![0]!.twist);
    const report = await t.practice.submitFollowUp(ada, 'Q1', 1, 'total=30', { scope: 'discord:1' });
    expect(report.followUp).toBe(1);
    expect((await t.practice.followUpQuestion(ada, 'Q1')).followUp).toBe(2);
    t.clock.advance(DAY);
    await t.practice.submitFollowUp(ada, 'Q1', 2, 'total=50', { scope: 'discord:1' });
    await expect(t.practice.submitFollowUp(ada, 'Q1', 9, 'total=50', { scope: 'discord:1' })).rejects.toMatchObject({ code: 'no-follow-up' });

    const progress = await t.practice.progress(ada);
    expect(progress.attempts).toBe(1);
    expect(progress.adaptability).toEqual({ average: 40, trend: 20, attempts: 2 });
    expect(progress.dimensions.keyInsight.average).toBe(60);
    const board = await t.practice.leaderboard('discord:1', 'all', { viewer: ada });
    expect(board.rows).toEqual([expect.objectContaining({ questions: 1, score: expect.any(Number) })]);
    expect(board.you?.score).toBe(board.rows[0]!.score);
    // The adaptive pick is not moved by follow-ups: the question answered is still the one seen.
    const next = await t.practice.nextQuestion(ada);
    expect(next.entry.id).not.toBe('Q1');
  });
});
