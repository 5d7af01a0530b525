/**
 * Leaderboards per scope. The measure is coverage-weighted: the sum of a user's best score on each
 * question, divided by the number of questions in the bank. Repeating one easy question adds nothing
 * after its first best; breadth and quality both count.
 *
 * Weeks run Monday 00:00 to Monday 00:00 UTC for everyone: a Discord guild or Slack workspace spans
 * time zones, and one boundary per scope keeps the board the same for all of its members.
 */
import type { PracticeDeps } from './deps.ts';
import { weekStart } from './days.ts';
import type { PracticeUser } from './types.ts';

export type LeaderboardPeriod = 'week' | 'all';

export type LeaderboardRow = {
  rank: number;
  /** The display name if the user opted in, else "Anonymous candidate". */
  name: string;
  /** 0–100: sum of best scores ÷ questions in the bank. */
  score: number;
  questions: number;
  you: boolean;
};

export type Leaderboard = {
  scope: string;
  period: LeaderboardPeriod;
  /** The Monday (UTC) the week began, for period 'week'. */
  since: string | null;
  bankQuestions: number;
  participants: number;
  rows: LeaderboardRow[];
  /** The viewer's own row, also when they are below the shown rows. */
  you: LeaderboardRow | null;
};

export const ANONYMOUS = 'Anonymous candidate';

export async function leaderboard(deps: PracticeDeps, scope: string, period: LeaderboardPeriod, options: { viewer?: PracticeUser; limit?: number } = {}): Promise<Leaderboard> {
  const { store } = deps;
  const bankQuestions = Math.max(1, deps.bank().entries.length);
  const since = period === 'week' ? weekStart(deps.clock.now()) : null;
  const key = since ?? 'all';
  const score = (bestSum: number) => Math.round((10 * bestSum) / bankQuestions) / 10;
  return store.read(async (tx) => {
    const viewer = options.viewer ? await tx.users.find(options.viewer.platform, options.viewer.platformUserId) : undefined;
    const rows = (await tx.standings.top(scope, key, options.limit ?? 10)).map((r, i) => ({
      rank: i + 1,
      name: r.showName ? r.displayName : ANONYMOUS,
      score: score(r.bestSum),
      questions: r.questions,
      you: r.userId === viewer?.id,
    }));
    const mine = viewer ? await tx.standings.rankOf(scope, key, viewer.id) : undefined;
    return {
      scope,
      period,
      since,
      bankQuestions,
      participants: await tx.standings.count(scope, key),
      rows,
      you: mine && viewer ? { rank: mine.rank, name: viewer.showName ? viewer.displayName : ANONYMOUS, score: score(mine.bestSum), questions: mine.questions, you: true } : null,
    };
  });
}
