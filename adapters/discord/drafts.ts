/**
 * Answers that could not be scored (rate limited, a refused answer, a failure) are kept here for a
 * while, so pressing Answer again reopens the modal with the text already in it: nothing typed is lost.
 */
import type { Clock } from '../../src/practice/index.ts';

export type AnswerDrafts = {
  keep(userId: string, questionId: string, text: string): void;
  get(userId: string, questionId: string): string | undefined;
  drop(userId: string, questionId: string): void;
};

/** As long as an interaction token lives: after that the user would start over anyway. */
const KEEP_MS = 15 * 60_000;
/** 4,000 characters each: at most ~16 MB of memory however busy the bot is. */
const MAX_DRAFTS = 2_000;

export function createAnswerDrafts(clock: Clock): AnswerDrafts {
  const drafts = new Map<string, { text: string; at: number }>();
  const key = (userId: string, questionId: string) => `${userId}:${questionId}`;
  return {
    keep(userId, questionId, text) {
      const k = key(userId, questionId);
      drafts.delete(k);
      if (drafts.size >= MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
      drafts.set(k, { text, at: clock.now() });
    },
    get(userId, questionId) {
      const d = drafts.get(key(userId, questionId));
      if (!d) return undefined;
      if (clock.now() - d.at > KEEP_MS) {
        drafts.delete(key(userId, questionId));
        return undefined;
      }
      return d.text;
    },
    drop(userId, questionId) {
      drafts.delete(key(userId, questionId));
    },
  };
}
