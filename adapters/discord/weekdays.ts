/** Reads the days an admin types for a daily round: `mon-fri`, `mon,wed,fri`, `weekends`, `every day`. */
import { Refusal } from './failure.ts';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Any prefix of a day's name from three letters on (mon, tues, thurs, friday), or its plural (mondays). */
function day(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const i = DAYS.findIndex((d) => d.startsWith(word) || `${d}s` === word);
  return i >= 0 ? i : undefined;
}

/** 0 = Sunday … 6 = Saturday, sorted; undefined for every day (the schedule's default). */
export function parseWeekdays(text: string | null | undefined): number[] | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || ['every day', 'everyday', 'daily', 'all'].includes(t)) return undefined;
  if (t === 'weekdays') return [1, 2, 3, 4, 5];
  if (t === 'weekends' || t === 'weekend') return [0, 6];
  const days = new Set<number>();
  for (const part of t.split(/[\s,]+/).filter(Boolean)) {
    const [from, to, extra] = part.split(/-|–|\.\./);
    const a = from === undefined ? undefined : day(from);
    const b = to === undefined ? a : day(to);
    if (a === undefined || b === undefined || extra !== undefined) {
      throw new Refusal(`I could not read the days "${text}". Use day names such as mon-fri, mon,wed,fri or every day.`);
    }
    // A range may wrap the week end: fri-mon is Friday to Monday.
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return [...days].sort((x, y) => x - y);
}
