/** Spaced repetition with ts-fsrs: an answer's score becomes a review rating, the card says when to ask again. */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCardRow } from '../store/index.ts';

/**
 * Interview answers are reviewed over days, not minutes: without short-term learning steps, even an
 * "Again" comes back the next day rather than ten minutes later. No fuzz keeps tests deterministic.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export function ratingFor(total: number): Grade {
  if (total < 40) return Rating.Again;
  if (total < 60) return Rating.Hard;
  if (total < 85) return Rating.Good;
  return Rating.Easy;
}

function toCard(row: ReviewCardRow): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    ...(row.lastReview === null ? {} : { last_review: new Date(row.lastReview) }),
  };
}

function toRow(questionId: string, card: Card): ReviewCardRow {
  return {
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The card after answering `questionId` with `total` at `now` (a first answer starts from a new card). */
export function reviewAfter(questionId: string, previous: ReviewCardRow | undefined, total: number, now: number): ReviewCardRow {
  const card = previous ? toCard(previous) : createEmptyCard(new Date(now));
  return toRow(questionId, scheduler.next(card, new Date(now), ratingFor(total)).card);
}
