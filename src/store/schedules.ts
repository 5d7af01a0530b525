/** The schedules table: one daily round per channel, its local time, zone, weekdays, filters and state. */
import type { Database } from 'better-sqlite3';

export type ChannelKey = { platform: string; scope: string; channelId: string };

export type ScheduleFiltersRow = { difficulty?: string; phase?: string; stakeholder?: string };

export type ScheduleRow = ChannelKey & {
  id: number;
  time: string;
  timeZone: string;
  /** Bit d set for weekday d (0 = Sunday). */
  weekdays: number;
  filters: ScheduleFiltersRow;
  windowMinutes: number;
  status: 'active' | 'paused';
  pausedReason: string | null;
  failedRounds: number;
  activeFrom: number;
  createdAt: number;
  updatedAt: number;
};

export type ScheduleSettings = ChannelKey & Pick<ScheduleRow, 'time' | 'timeZone' | 'weekdays' | 'filters' | 'windowMinutes'>;

type RawSchedule = Omit<ScheduleRow, 'filters'> & { filters: string };

const COLUMNS = `id, platform, scope, channel_id AS channelId, time, time_zone AS timeZone, weekdays, filters,
  window_minutes AS windowMinutes, status, paused_reason AS pausedReason, failed_rounds AS failedRounds,
  active_from AS activeFrom, created_at AS createdAt, updated_at AS updatedAt`;

const toSchedule = (raw: RawSchedule): ScheduleRow => ({ ...raw, filters: JSON.parse(raw.filters) as ScheduleFiltersRow });

export function schedulesTable(db: Database) {
  const find = db.prepare(`SELECT ${COLUMNS} FROM schedules WHERE platform = ? AND scope = ? AND channel_id = ?`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM schedules WHERE id = ?`);
  const inScope = db.prepare(`SELECT ${COLUMNS} FROM schedules WHERE scope = ? ORDER BY channel_id`);
  const active = db.prepare(`SELECT ${COLUMNS} FROM schedules WHERE status = 'active' ORDER BY id`);
  // Setting a schedule (again) also resumes it: an admin who sets a time wants rounds at that time.
  const upsert = db.prepare(`INSERT INTO schedules (platform, scope, channel_id, time, time_zone, weekdays, filters,
      window_minutes, status, paused_reason, failed_rounds, active_from, created_at, updated_at)
    VALUES (@platform, @scope, @channelId, @time, @timeZone, @weekdays, @filters, @windowMinutes, 'active', NULL, 0, @now, @now, @now)
    ON CONFLICT (platform, scope, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
      weekdays = excluded.weekdays, filters = excluded.filters, window_minutes = excluded.window_minutes,
      status = 'active', paused_reason = NULL, failed_rounds = 0, active_from = excluded.active_from, updated_at = excluded.updated_at`);
  const pause = db.prepare(`UPDATE schedules SET status = 'paused', paused_reason = ?, updated_at = ? WHERE id = ?`);
  const resume = db.prepare(`UPDATE schedules SET status = 'active', paused_reason = NULL, failed_rounds = 0, active_from = @now, updated_at = @now WHERE id = @id`);
  const failed = db.prepare('UPDATE schedules SET failed_rounds = failed_rounds + 1 WHERE id = ? RETURNING failed_rounds').pluck();
  const posted = db.prepare('UPDATE schedules SET failed_rounds = 0 WHERE id = ? AND failed_rounds <> 0');
  const remove = db.prepare('DELETE FROM schedules WHERE id = ?');

  return {
    find: (channel: ChannelKey): ScheduleRow | undefined => {
      const raw = find.get(channel.platform, channel.scope, channel.channelId) as RawSchedule | undefined;
      return raw && toSchedule(raw);
    },
    byId: (id: number): ScheduleRow | undefined => {
      const raw = byId.get(id) as RawSchedule | undefined;
      return raw && toSchedule(raw);
    },
    inScope: (scope: string) => (inScope.all(scope) as RawSchedule[]).map(toSchedule),
    active: () => (active.all() as RawSchedule[]).map(toSchedule),
    /** Creates or replaces the channel's schedule, active from `now`; call inside a write transaction. */
    set(settings: ScheduleSettings, now: number): ScheduleRow {
      upsert.run({ ...settings, filters: JSON.stringify(settings.filters), now });
      return toSchedule(find.get(settings.platform, settings.scope, settings.channelId) as RawSchedule);
    },
    pause: (id: number, reason: string, now: number) => void pause.run(reason, now, id),
    /** Active again from `now`: days missed while paused are not posted late. */
    resume: (id: number, now: number) => void resume.run({ id, now }),
    /** One more round in a row that could not be posted; returns how many in a row now. */
    recordFailedRound: (id: number) => (failed.get(id) as number | undefined) ?? 0,
    recordPostedRound: (id: number) => void posted.run(id),
    remove: (id: number) => remove.run(id).changes,
  };
}
export type SchedulesTable = ReturnType<typeof schedulesTable>;
