/**
 * Schedules as the contract (src/schedule/contract.ts) describes them, in memory. STAND-IN until the
 * scheduler (issue 7) is committed: the adapter's part under test is what it sends (isChannelAdmin from
 * Slack's Web API) and how it shows the outcome, not how schedules are stored.
 */
import { ScheduleError, type Caller, type ChannelRef, type ScheduleInput, type Schedules, type ScheduleView } from '../../../src/schedule/contract.ts';

export function standInSchedules() {
  const callers: Caller[] = [];
  const views = new Map<string, ScheduleView>();
  const rounds = new Map<number, { roundId: number; questionId: string; channel: ChannelRef; closesAt: Date; open: boolean }>();
  let nextId = 1;
  const admin = (caller: Caller) => {
    callers.push(caller);
    if (!caller.isChannelAdmin) throw new ScheduleError('not-admin', "Only a channel admin can change this channel's daily round.");
  };
  const schedules: Schedules = {
    setSchedule(caller, channel, input: ScheduleInput) {
      admin(caller);
      const view: ScheduleView = { id: nextId++, channel, time: input.time, timeZone: input.timeZone, weekdays: input.weekdays ?? [0, 1, 2, 3, 4, 5, 6], filters: input.filters ?? {}, windowHours: input.windowHours ?? 8, status: 'active', pausedReason: null, nextRunAt: '2025-01-07T09:00:00+00:00' };
      views.set(channel.channelId, view);
      return view;
    },
    pauseSchedule(caller, channel, paused) {
      admin(caller);
      const v = views.get(channel.channelId);
      if (!v) throw new ScheduleError('no-schedule', 'This channel has no daily round yet.');
      v.status = paused ? 'paused' : 'active';
      return v;
    },
    listSchedules: (scope, channelId) => [...views.values()].filter((v) => v.channel.scope === scope && (!channelId || v.channel.channelId === channelId)),
    deleteSchedule(caller, channel) {
      admin(caller);
      views.delete(channel.channelId);
    },
    openRound: () => null,
    round: (id) => rounds.get(id) ?? null,
  };
  return { schedules, callers, views, rounds };
}
