/**
 * Best score per question and their sum per (scope, period), kept current on every insert so a
 * leaderboard is an index walk, never a scan of attempts. Only a better score moves the sum, so
 * answering one easy question again and again cannot climb the board.
 */
import type { Database } from 'better-sqlite3';

export type StandingRow = { userId: number; displayName: string; showName: boolean; bestSum: number; questions: number };
export type QuestionBestRow = { scope: string; period: string; questionId: string; best: number };

export function standingsTable(db: Database) {
  const best = db.prepare('SELECT best FROM question_bests WHERE user_id = ? AND scope = ? AND period = ? AND question_id = ?').pluck();
  const putBest = db.prepare('INSERT OR REPLACE INTO question_bests (user_id, scope, period, question_id, best) VALUES (?, ?, ?, ?, ?)');
  const addToSum = db.prepare(`INSERT INTO standings (scope, period, user_id, best_sum, questions) VALUES (@scope, @period, @userId, @gain, @added)
    ON CONFLICT (scope, period, user_id) DO UPDATE SET best_sum = best_sum + @gain, questions = questions + @added`);
  const top = db.prepare(`SELECT s.user_id AS userId, u.display_name AS displayName, u.show_name AS showName,
      s.best_sum AS bestSum, s.questions
    FROM standings s JOIN users u ON u.id = s.user_id
    WHERE s.scope = ? AND s.period = ? ORDER BY s.best_sum DESC, s.questions DESC, s.user_id LIMIT ?`);
  const mine = db.prepare('SELECT best_sum AS bestSum, questions FROM standings WHERE scope = ? AND period = ? AND user_id = ?');
  // Rank = 1 + everyone strictly ahead in the same order the board uses.
  const ahead = db.prepare(`SELECT count(*) FROM standings WHERE scope = @scope AND period = @period AND (best_sum > @bestSum
      OR (best_sum = @bestSum AND (questions > @questions OR (questions = @questions AND user_id < @userId))))`).pluck();
  const count = db.prepare('SELECT count(*) FROM standings WHERE scope = ? AND period = ?').pluck();
  const userBests = db.prepare('SELECT scope, period, question_id AS questionId, best FROM question_bests WHERE user_id = ? ORDER BY scope, period, question_id');
  const userStandings = db.prepare('SELECT scope, period, best_sum AS bestSum, questions FROM standings WHERE user_id = ? ORDER BY scope, period');

  return {
    /** Call inside the attempt's write transaction. */
    record(userId: number, scope: string, periods: string[], questionId: string, total: number): void {
      for (const period of periods) {
        const previous = best.get(userId, scope, period, questionId) as number | undefined;
        if (previous !== undefined && previous >= total) continue;
        putBest.run(userId, scope, period, questionId, total);
        addToSum.run({ scope, period, userId, gain: total - (previous ?? 0), added: previous === undefined ? 1 : 0 });
      }
    },
    top: (scope: string, period: string, limit: number) =>
      (top.all(scope, period, limit) as (Omit<StandingRow, 'showName'> & { showName: number })[]).map((r) => ({ ...r, showName: r.showName === 1 })),
    rankOf(scope: string, period: string, userId: number): { rank: number; bestSum: number; questions: number } | undefined {
      const row = mine.get(scope, period, userId) as { bestSum: number; questions: number } | undefined;
      if (!row) return undefined;
      return { ...row, rank: 1 + (ahead.get({ scope, period, userId, ...row }) as number) };
    },
    count: (scope: string, period: string) => count.get(scope, period) as number,
    bestsOf: (userId: number) => userBests.all(userId) as QuestionBestRow[],
    standingsOf: (userId: number) => userStandings.all(userId) as { scope: string; period: string; bestSum: number; questions: number }[],
  };
}
export type StandingsTable = ReturnType<typeof standingsTable>;
