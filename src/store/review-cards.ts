/** The review_cards table: one ts-fsrs card per (user, question), dates as UTC milliseconds. */
import type { Database } from 'better-sqlite3';

export type ReviewCardRow = {
  questionId: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
};

const COLUMNS = `question_id AS questionId, due, stability, difficulty, elapsed_days AS elapsedDays,
  scheduled_days AS scheduledDays, learning_steps AS learningSteps, reps, lapses, state, last_review AS lastReview`;

export function reviewCardsTable(db: Database) {
  const get = db.prepare(`SELECT ${COLUMNS} FROM review_cards WHERE user_id = ? AND question_id = ?`);
  const put = db.prepare(`INSERT OR REPLACE INTO review_cards (user_id, question_id, due, stability, difficulty,
      elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
    VALUES (@userId, @questionId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps,
      @reps, @lapses, @state, @lastReview)`);
  const due = db.prepare('SELECT question_id AS questionId, due FROM review_cards WHERE user_id = ? AND due <= ? ORDER BY due, question_id');
  const all = db.prepare(`SELECT ${COLUMNS} FROM review_cards WHERE user_id = ? ORDER BY question_id`);

  return {
    get: (userId: number, questionId: string) => get.get(userId, questionId) as ReviewCardRow | undefined,
    put: (userId: number, card: ReviewCardRow) => void put.run({ userId, ...card }),
    /** Cards due at `now`, most overdue first. */
    due: (userId: number, now: number) => due.all(userId, now) as { questionId: string; due: number }[],
    all: (userId: number) => all.all(userId) as ReviewCardRow[],
  };
}
export type ReviewCardsTable = ReturnType<typeof reviewCardsTable>;
