/** The practice core's public face: the use cases every adapter calls, bound to their dependencies. */
import type { Bank } from '../bank/schema.ts';
import type { ScoreReport } from '../scoring/report.ts';
import { exportUser, forgetUser, setShowName, type UserExport } from './account.ts';
import { progressChartSvg } from './chart.ts';
import { renderPngAsync } from './chart-png.ts';
import type { AnswerScorer, PracticeDeps } from './deps.ts';
import { leaderboard, type Leaderboard, type LeaderboardPeriod, type LeaderboardRow } from './leaderboard.ts';
import { nextQuestion, type QuestionPick } from './next-question.ts';
import { computeProgress, PROGRESS_WINDOW, type Progress } from './progress.ts';
import { langSettingOf, submitAnswer } from './submit-answer.ts';
import { followUpQuestion, setLang, submitFollowUp, type FollowUpPick } from './follow-ups.ts';
import { answerMock, currentMock, endMock, lastReportCard, reportCardPng, startMock, type FinishedMock, type MockAnswered, type MockProgress, type MockStepRef, type StartOptions } from './mock-interview.ts';
import type { LangSetting } from '../i18n/index.ts';
import type { PracticeUser, QuestionFilters, SubmitContext } from './types.ts';

export { PracticeError, isPracticeError, type PracticeErrorCode } from './errors.ts';
export { seededRandom, systemClock, systemRandom, type Clock, type Random } from './ports.ts';
export { MAX_ANSWER_CHARS, type AnswerScorer, type PracticeDeps, type PracticeLog } from './deps.ts';
export { TERMINAL_SCOPE, type PracticeUser, type QuestionFilters, type SubmitContext } from './types.ts';
export type { Leaderboard, LeaderboardPeriod, LeaderboardRow, Progress, QuestionPick, UserExport };
export type { Stat } from './progress.ts';
export type { PickReason } from './select.ts';
export type { FinishedMock, FollowUpPick, MockAnswered, MockProgress, MockStepRef, StartOptions };
export type { MockStepView } from './mock-interview.ts';
export type { ReportCard } from './mock.ts';
export { MOCK_BUDGET_MS, MOCK_MAX_QUESTIONS, MOCK_QUESTIONS } from './mock.ts';
export { parseLangSetting } from './follow-ups.ts';

export type Practice = ReturnType<typeof createPractice>;

export function createPractice(deps: PracticeDeps) {
  // One scorer per bank: compiling rubrics is the expensive part, and a reload brings a new bank.
  const scorers = new WeakMap<Bank, AnswerScorer>();
  const scorerFor = (bank: Bank) => {
    let scorer = scorers.get(bank);
    if (!scorer) scorers.set(bank, (scorer = deps.scorerFor(bank)));
    return scorer;
  };
  const d: PracticeDeps = { ...deps, scorerFor };

  const progress = async (user: PracticeUser): Promise<Progress> => {
    const { row, history, followUps } = await d.store.read(async (tx) => {
      const row = await tx.users.find(user.platform, user.platformUserId);
      return { row, history: row ? await tx.attempts.points(row.id) : [], followUps: row ? await tx.attempts.followUps(row.id) : [] };
    });
    return computeProgress(history, d.bank(), row?.timeZone ?? user.timeZone, d.clock.now(), d.window ?? PROGRESS_WINDOW, followUps);
  };

  return {
    get bank(): Bank {
      return d.bank();
    },
    nextQuestion: (user: PracticeUser, filters: QuestionFilters = {}): Promise<QuestionPick> => nextQuestion(d, user, filters),
    /** Resolves with the report once the attempt is committed: show it only then. */
    submitAnswer: (user: PracticeUser, questionId: string, text: string, context: SubmitContext): Promise<ScoreReport> => submitAnswer(d, user, questionId, text, context),
    progress,
    /** A PNG of the user's recent attempts, one line per dimension, for the chat adapters. */
    async progressChart(user: PracticeUser, title = `Progress of ${user.displayName}`): Promise<Buffer> {
      const p = await progress(user);
      // On the thread pool: with a Chinese name or label the layout takes a large part of a second.
      return renderPngAsync(progressChartSvg(p.history, { title, timeZone: user.timeZone, followUps: p.followUps }));
    },
    leaderboard: (scope: string, period: LeaderboardPeriod, options: { viewer?: PracticeUser; limit?: number } = {}): Promise<Leaderboard> => leaderboard(d, scope, period, options),
    exportUser: (user: PracticeUser): Promise<UserExport> => exportUser(d, user),
    forgetUser: (user: PracticeUser) => forgetUser(d, user),
    setShowName: (user: PracticeUser, show: boolean) => setShowName(d, user, show),
    /** The follow-up to ask next on a question the person has answered (practice mode). */
    followUpQuestion: (user: PracticeUser, questionId: string, followUp?: number): Promise<FollowUpPick> => followUpQuestion(d, user, questionId, followUp),
    /** Resolves with the report once the follow-up answer is committed (off the boards; adaptability in progress). */
    submitFollowUp: (user: PracticeUser, questionId: string, n: number, text: string, context: SubmitContext): Promise<ScoreReport> => submitFollowUp(d, user, questionId, n, text, context),
    /** Starts a mock interview, or continues the one in progress. */
    startMock: (user: PracticeUser, options: StartOptions): Promise<MockProgress> => startMock(d, user, options),
    currentMock: (user: PracticeUser): Promise<MockProgress | null> => currentMock(d, user),
    /** Resolves once the answer (and, on the last step, the finished report card) is committed. */
    answerMock: (user: PracticeUser, text: string, context: SubmitContext & { expected?: MockStepRef }): Promise<MockAnswered> => answerMock(d, user, text, context),
    endMock: (user: PracticeUser): Promise<boolean> => endMock(d, user),
    lastReportCard: (user: PracticeUser): Promise<FinishedMock | null> => lastReportCard(d, user),
    reportCardPng,
    langSetting: (user: PracticeUser): Promise<LangSetting> => langSettingOf(d, user),
    setLang: (user: PracticeUser, setting: LangSetting) => setLang(d, user, setting),
  };
}
