/** When a schedule's rounds fall: pure functions of a schedule and an instant. */
import type { ScheduleRow } from '../store/index.ts';
import { includesDay } from './weekdays.ts';
import { addDays, localDate, weekdayOf, zonedInstant } from './zoned-time.ts';

export type Occurrence = { localDate: string; dueAt: number };

type Timing = Pick<ScheduleRow, 'time' | 'timeZone' | 'weekdays'>;

export function occurrenceOn(schedule: Timing, date: string): Occurrence | null {
  if (!includesDay(schedule.weekdays, weekdayOf(date))) return null;
  return { localDate: date, dueAt: zonedInstant(date, schedule.time, schedule.timeZone) };
}

/**
 * Occurrences due by `now`, newest local date last: today's and yesterday's (a time late in the evening
 * plus a grace window reaches past midnight), so a tick at any moment sees everything it may still post.
 */
export function dueOccurrences(schedule: Timing, now: number): Occurrence[] {
  const today = localDate(now, schedule.timeZone);
  return [addDays(today, -1), today]
    .map((d) => occurrenceOn(schedule, d))
    .filter((o): o is Occurrence => o !== null && o.dueAt <= now);
}

/** The next occurrence after `now` that is not taken (a round already exists for its date). */
export function nextOccurrence(schedule: Timing & Pick<ScheduleRow, 'activeFrom'>, now: number, taken: (date: string) => boolean = () => false): Occurrence | null {
  const today = localDate(now, schedule.timeZone);
  for (let i = 0; i <= 8; i++) {
    const o = occurrenceOn(schedule, addDays(today, i));
    if (o && o.dueAt > now && o.dueAt >= schedule.activeFrom && !taken(o.localDate)) return o;
  }
  return null;
}
