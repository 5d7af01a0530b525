/** What the practice core needs from the outside world, injected so tests fix time and chance. */

export type Clock = { now(): number };

/** A source of numbers in [0, 1). */
export type Random = { next(): number };

export const systemClock: Clock = { now: () => Date.now() };

/** mulberry32: tiny, fast and good enough to shuffle questions; the same seed gives the same picks. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

export const systemRandom: Random = { next: () => Math.random() };

export function pickOne<T>(items: readonly T[], random: Random): T {
  return items[Math.min(items.length - 1, Math.floor(random.next() * items.length))]!;
}
