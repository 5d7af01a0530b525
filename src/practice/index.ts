/** The practice core's public face: the use cases every adapter calls, bound to their dependencies. */
import type { Bank } from '../bank/schema.ts';
import type { ScoreReport } from '../scoring/report.ts';
import { exportUser, forgetUser, setShowName, type UserExport } from './account.ts';
import { progressChartSvg } from './chart.ts';
import { renderPng } from './chart-png.ts';
import type { AnswerScorer, PracticeDeps } from './deps.ts';
import { leaderboard, type Leaderboard, type LeaderboardPeriod, type LeaderboardRow } from './leaderboard.ts';
import { nextQuestion, type QuestionPick } from './next-question.ts';
import { computeProgress, PROGRESS_WINDOW, type Progress } from './progress.ts';
import { submitAnswer } from './submit-answer.ts';
import type { PracticeUser, QuestionFilters, SubmitContext } from './types.ts';

export { PracticeError, isPracticeError, type PracticeErrorCode } from './errors.ts';
export { seededRandom, systemClock, systemRandom, type Clock, type Random } from './ports.ts';
export { MAX_ANSWER_CHARS, type AnswerScorer, type PracticeDeps, type PracticeLog } from './deps.ts';
export { TERMINAL_SCOPE, type PracticeUser, type QuestionFilters, type SubmitContext } from './types.ts';
export type { Leaderboard, LeaderboardPeriod, LeaderboardRow, Progress, QuestionPick, UserExport };
export type { Stat } from './progress.ts';
export type { PickReason } from './select.ts';

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
    const { row, history } = await d.store.read(async (tx) => {
      const row = await tx.users.find(user.platform, user.platformUserId);
      return { row, history: row ? await tx.attempts.points(row.id) : [] };
    });
    return computeProgress(history, d.bank(), row?.timeZone ?? user.timeZone, d.clock.now(), d.window ?? PROGRESS_WINDOW);
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
      return renderPng(progressChartSvg(p.history, { title, timeZone: user.timeZone }));
    },
    leaderboard: (scope: string, period: LeaderboardPeriod, options: { viewer?: PracticeUser; limit?: number } = {}): Promise<Leaderboard> => leaderboard(d, scope, period, options),
    exportUser: (user: PracticeUser): Promise<UserExport> => exportUser(d, user),
    forgetUser: (user: PracticeUser) => forgetUser(d, user),
    setShowName: (user: PracticeUser, show: boolean) => setShowName(d, user, show),
  };
}
