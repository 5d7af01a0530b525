/** Calendar days in a user's own time zone (Intl does the zone rules; no date library needed). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** 'YYYY-MM-DD' of the instant `ms` on a wall calendar in `timeZone`. */
export function dayKey(ms: number, timeZone: string): string {
  return formatter(timeZone).format(ms);
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** 'HH:MM' (24-hour) of the instant `ms` on a wall clock in `timeZone`. */
export function timeKey(ms: number, timeZone: string): string {
  let f = clocks.get(timeZone);
  if (!f) clocks.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f.format(ms);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' key, so consecutive days differ by one. */
export function dayNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export type Streak = { current: number; longest: number; activeToday: boolean; days: number };

/**
 * Consecutive days with at least one attempt. A streak stays alive through today until midnight: with
 * an attempt yesterday and none yet today, the current streak still counts.
 */
export function streakOf(times: readonly number[], now: number, timeZone: string): Streak {
  const days = [...new Set(times.map((t) => dayNumber(dayKey(t, timeZone))))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i]! - days[i - 1]! === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = dayNumber(dayKey(now, timeZone));
  const last = days.at(-1);
  const alive = last === today || last === today - 1;
  return { current: alive ? run : 0, longest, activeToday: last === today, days: days.length };
}

/** Monday 00:00 UTC of the week holding `ms`, as 'YYYY-MM-DD': the weekly leaderboard's period. */
export function weekStart(ms: number): string {
  const d = new Date(ms);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday)).toISOString().slice(0, 10);
}
