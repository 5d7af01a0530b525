/**
 * One scored answer per user per interval, in memory. Scoring costs a few milliseconds of CPU and a
 * write; a script hammering the modal should not turn that into a denial of service or a flood of
 * attempts on the leaderboard. Per process: with shards, each shard limits its own guilds' users.
 */
import type { Clock } from '../../src/practice/index.ts';

export type AnswerLimiter = {
  readonly intervalMs: number;
  /** Takes the user's slot, or says how long until the next one. */
  take(userId: string): { ok: true } | { ok: false; retryInMs: number };
  /** Gives the slot back: an answer the core refused (empty, too long) should not cost a wait. */
  release(userId: string): void;
};

/** Above this many users remembered, the ones whose interval is over are dropped. */
const PRUNE_AT = 10_000;

export function createAnswerLimiter(intervalMs: number, clock: Clock): AnswerLimiter {
  const last = new Map<string, number>();
  return {
    intervalMs,
    take(userId) {
      const now = clock.now();
      const previous = last.get(userId);
      if (previous !== undefined && now - previous < intervalMs) return { ok: false, retryInMs: intervalMs - (now - previous) };
      if (last.size >= PRUNE_AT) for (const [id, at] of last) if (now - at >= intervalMs) last.delete(id);
      last.set(userId, now);
      return { ok: true };
    },
    release(userId) {
      last.delete(userId);
    },
  };
}
