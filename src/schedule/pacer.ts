/**
 * Paces posts per platform below its global rate limit (Discord: 50 requests/s per bot), so a thousand
 * channels scheduled for the same minute go out as fast as allowed and none is refused. A generic cell
 * rate algorithm: each post reserves the next free slot synchronously, so concurrent posts never share one.
 */
export type Sleep = (ms: number) => Promise<void>;

export type Pacer = {
  /** Resolves when this post may go. */
  take(): Promise<void>;
  /** The platform said "wait": no post before `until`. */
  holdUntil(until: number): void;
};

export function createPacer(perSecond: number, now: () => number, sleep: Sleep, burst = 1): Pacer {
  // No limit (Infinity, or 0 for "off") still honours the platform's Retry-After through holdUntil.
  const interval = Number.isFinite(perSecond) && perSecond > 0 ? 1000 / perSecond : 0;
  const tolerance = (Math.max(1, burst) - 1) * interval;
  // The theoretical time the next post would go if posts kept exactly to the rate.
  let next = -Infinity;
  return {
    async take() {
      const t = now();
      const at = Math.max(t, next - tolerance);
      next = Math.max(next, at) + interval;
      if (at > t) await sleep(at - t);
    },
    holdUntil(until: number) {
      next = Math.max(next, until + tolerance);
    },
  };
}
