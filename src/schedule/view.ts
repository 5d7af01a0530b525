/** A stored schedule as adapters show it. */
import type { ScheduleRow, Tables } from '../store/index.ts';
import type { Platform, ScheduleView } from './contract.ts';
import { nextOccurrence } from './occurrences.ts';
import { daysOf } from './weekdays.ts';
import { isoInZone } from './zoned-time.ts';

export const channelOf = (row: { platform: string; scope: string; channelId: string }) => ({ platform: row.platform as Platform, scope: row.scope, channelId: row.channelId });

/** `tables`: the store, or a transaction's tables to read from inside it. */
export async function scheduleView(tables: Pick<Tables, 'rounds'>, row: ScheduleRow, now: number): Promise<ScheduleView> {
  const channel = channelOf(row);
  let next: ReturnType<typeof nextOccurrence> = null;
  if (row.status === 'active') {
    // The next date with no round yet: usually the first one asked about.
    const taken = new Set<string>();
    for (;;) {
      next = nextOccurrence(row, now, (date) => taken.has(date));
      if (!next || !(await tables.rounds.exists(channel, next.localDate))) break;
      taken.add(next.localDate);
    }
  }
  return {
    id: row.id,
    channel,
    time: row.time,
    timeZone: row.timeZone,
    weekdays: daysOf(row.weekdays),
    filters: { ...row.filters },
    windowHours: row.windowMinutes / 60,
    status: row.status,
    pausedReason: row.pausedReason,
    nextRunAt: next ? isoInZone(next.dueAt, row.timeZone) : null,
  };
}
