/** Checking what an admin typed for a schedule, with a message that names the value and shows a good one. */
import type { Bank } from '../bank/schema.ts';
import { listEntries } from '../bank/query.ts';
import { isPracticeError } from '../practice/errors.ts';
import { describeFilters, resolveFilters } from '../practice/filters.ts';
import type { ScheduleFiltersRow } from '../store/index.ts';
import { ScheduleError, type ScheduleFilters, type ScheduleInput } from './contract.ts';
import { EVERY_DAY, maskOf } from './weekdays.ts';
import { canonicalZone } from './zoned-time.ts';

export const DEFAULT_WINDOW_HOURS = 8;
/** Long enough to think an answer through; short enough that a round closes before the next one opens. */
export const WINDOW_HOURS = { min: 0.25, max: 24 } as const;

export type CheckedInput = { time: string; timeZone: string; weekdays: number; filters: ScheduleFiltersRow; windowMinutes: number };

export function checkTime(time: string): string {
  const m = /^\s*(\d{1,2})[:.h](\d{2})\s*$/.exec(time ?? '');
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new ScheduleError('invalid-time', `"${String(time ?? '').trim()}" is not a time of day. Use 24-hour HH:MM, for example 09:00 or 17:30.`);
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function checkTimeZone(zone: string): string {
  const canonical = canonicalZone(String(zone ?? ''));
  if (!canonical) {
    throw new ScheduleError('invalid-time-zone', `"${String(zone ?? '').trim()}" is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or Asia/Shanghai.`);
  }
  return canonical;
}

export function checkWeekdays(days: readonly number[] | undefined): number {
  if (days === undefined) return EVERY_DAY;
  if (!Array.isArray(days) || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
    throw new ScheduleError('invalid-weekdays', 'Choose at least one day of the week (0 = Sunday … 6 = Saturday).');
  }
  return maskOf(days);
}

export function checkWindow(hours: number | undefined): number {
  if (hours === undefined) return DEFAULT_WINDOW_HOURS * 60;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < WINDOW_HOURS.min || hours > WINDOW_HOURS.max) {
    throw new ScheduleError('invalid-window', `The answer window is in hours, from ${WINDOW_HOURS.min} to ${WINDOW_HOURS.max} (for example 8); "${String(hours)}" is not.`);
  }
  return Math.round(hours * 60);
}

/** Canonical filter values (`advanced` → `A`), refused when a value is unknown or nothing matches. */
export function checkFilters(bank: Bank, filters: ScheduleFilters | undefined): ScheduleFiltersRow {
  try {
    const resolved = resolveFilters(bank, { difficulty: filters?.difficulty, phase: filters?.phase, stakeholder: filters?.stakeholder });
    if (listEntries(bank, resolved).length === 0) {
      throw new ScheduleError('invalid-filter', `No question matches ${describeFilters(resolved)}, so the round would have nothing to ask. Try fewer or other filters.`);
    }
    const out: ScheduleFiltersRow = {};
    if (resolved.difficulty) out.difficulty = resolved.difficulty;
    if (resolved.phase) out.phase = resolved.phase;
    if (resolved.stakeholder) out.stakeholder = resolved.stakeholder;
    return out;
  } catch (err) {
    if (isPracticeError(err)) throw new ScheduleError('invalid-filter', err.userMessage);
    throw err;
  }
}

export function checkInput(bank: Bank, input: ScheduleInput): CheckedInput {
  return {
    time: checkTime(input.time),
    timeZone: checkTimeZone(input.timeZone),
    weekdays: checkWeekdays(input.weekdays),
    filters: checkFilters(bank, input.filters),
    windowMinutes: checkWindow(input.windowHours),
  };
}
