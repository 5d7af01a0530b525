/**
 * A per-process memo for pure string functions. Bounded, because vocabulary is finite in practice but
 * hostile input is not: past `max` keys it starts over.
 */
export function memoize<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
