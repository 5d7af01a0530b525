/** A stored schedule as adapters show it. */
import type { ScheduleRow, Store } from '../store/index.ts';
import type { Platform, ScheduleView } from './contract.ts';
import { nextOccurrence } from './occurrences.ts';
import { daysOf } from './weekdays.ts';
import { isoInZone } from './zoned-time.ts';

export const channelOf = (row: { platform: string; scope: string; channelId: string }) => ({ platform: row.platform as Platform, scope: row.scope, channelId: row.channelId });

export function scheduleView(store: Store, row: ScheduleRow, now: number): ScheduleView {
  const channel = channelOf(row);
  const next = row.status === 'active' ? nextOccurrence(row, now, (date) => store.rounds.exists(channel, date)) : null;
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
