/**
 * Wall-clock time in an IANA zone, from Intl alone (pure, no clock). Daily rounds are defined in local
 * time, so a day may lack the scheduled minute (spring forward) or have it twice (fall back); both are
 * resolved the way Temporal's 'compatible' disambiguation and node-cron do: a missing time moves forward
 * by the gap (02:30 → 03:30), a repeated time means its first occurrence.
 */

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The canonical spelling of an IANA zone (`asia/shanghai` → `Asia/Shanghai`), or null if Intl does not know it. */
export function canonicalZone(zone: string): string | null {
  const name = zone.trim();
  // Offsets (`+08:00`) are not zones: they would keep their offset through DST, which no team wants.
  if (name === '' || /^[+-]/.test(name) || /^\d/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function localParts(instant: number, zone: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(zone).formatToParts(instant)) {
    if (p.type in out) out[p.type as keyof LocalParts] = Number(p.value);
  }
  return out;
}

const wallAsUtc = (p: LocalParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);

/** Milliseconds the zone is ahead of UTC at an instant (+08:00 → 28,800,000). */
export function offsetAt(instant: number, zone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return wallAsUtc(localParts(whole, zone)) - whole;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-25` for a calendar date. */
export const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The local calendar date of an instant, e.g. `2026-11-25`. */
export function localDate(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  return isoDate(p.year, p.month, p.day);
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Minutes after midnight for `HH:MM`. */
export const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

// A sweep asks for the same few (date, time, zone) triples for every schedule, every minute.
const instants = new Map<string, number>();

/** The instant a local date and `HH:MM` occur in a zone (see the file comment for gaps and repeats). */
export function zonedInstant(date: string, time: string, zone: string): number {
  const key = `${date} ${time} ${zone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= 10_000) instants.clear();
    instants.set(key, (instant = computeInstant(date, time, zone)));
  }
  return instant;
}

function computeInstant(date: string, time: string, zone: string): number {
  const { year, month, day } = parseDate(date);
  const guess = Date.UTC(year, month - 1, day) + minutesOf(time) * MINUTE;
  // Transitions are hours apart, never two within a day: the offsets a day before and after bound the choice.
  const before = offsetAt(guess - DAY, zone);
  const after = offsetAt(guess + DAY, zone);
  const fits = [before, after].map((o) => guess - o).filter((t) => offsetAt(t, zone) === guess - t);
  if (fits.length > 0) return Math.min(...fits);
  // In the gap: read the wall time with the offset in force before it, which lands after the gap.
  return guess - before;
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-11-25T09:00:00+08:00`. */
export function isoInZone(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  const offset = Math.round((wallAsUtc(p) - (instant - (((instant % 1000) + 1000) % 1000))) / MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${isoDate(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
