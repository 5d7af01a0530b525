/** The Schedules use cases adapters call: admins change a channel's daily round; anyone may look. */
import type { Bank } from '../bank/schema.ts';
import type { Clock } from '../practice/ports.ts';
import type { Store } from '../store/index.ts';
import { ScheduleError, type Caller, type ChannelRef, type ScheduleInput, type Schedules, type ScheduleView } from './contract.ts';
import { checkInput } from './input.ts';
import type { ScheduleLog } from './log.ts';
import { channelOf, scheduleView } from './view.ts';

export type SchedulesDeps = {
  store: Store;
  bank: () => Bank;
  clock: Clock;
  log?: ScheduleLog;
  /** Told after every change, so the running scheduler rebuilds its jobs without a restart. */
  onChange?: () => void | Promise<void>;
};

function requireAdmin(caller: Caller): void {
  if (!caller.isChannelAdmin) {
    throw new ScheduleError('not-admin', "Only a channel admin can change this channel's daily round. Ask one of them, or see the current one with the list command.");
  }
}

const noSchedule = () => new ScheduleError('no-schedule', 'This channel has no daily round yet. Set one first, for example at 09:00 Europe/Berlin.');

export function createSchedules(deps: SchedulesDeps): Schedules {
  const { store, clock } = deps;
  const changed = async (event: string, channel: ChannelRef, caller: Caller, extra: object = {}) => {
    deps.log?.info({ event, platform: channel.platform, scope: channel.scope, channel: channel.channelId, by: caller.user.platformUserId, ...extra }, 'schedule changed');
    try {
      await deps.onChange?.();
    } catch (err) {
      // The change is stored; the scheduler's periodic sweep picks it up even if the notice failed.
      deps.log?.error({ event: 'schedule-reload-failed', err }, 'scheduler reload failed');
    }
  };
  const key = (channel: ChannelRef) => ({ platform: channel.platform, scope: channel.scope, channelId: channel.channelId });

  return {
    async setSchedule(caller: Caller, channel: ChannelRef, input: ScheduleInput): Promise<ScheduleView> {
      requireAdmin(caller);
      const checked = checkInput(deps.bank(), input);
      const now = clock.now();
      const row = await store.write((tx) => tx.schedules.set({ ...key(channel), ...checked }, now));
      await changed('schedule-set', channel, caller, { time: row.time, timeZone: row.timeZone });
      return scheduleView(store, row, now);
    },
    async pauseSchedule(caller: Caller, channel: ChannelRef, paused: boolean): Promise<ScheduleView> {
      requireAdmin(caller);
      const now = clock.now();
      const row = await store.write(async (tx) => {
        const found = await tx.schedules.find(key(channel));
        if (!found) throw noSchedule();
        if (paused) {
          if (found.status !== 'paused') await tx.schedules.pause(found.id, `Paused by ${caller.user.displayName} on ${new Date(now).toISOString().slice(0, 10)}.`, now);
        } else if (found.status !== 'active') {
          await tx.schedules.resume(found.id, now);
        }
        return (await tx.schedules.byId(found.id))!;
      });
      await changed(paused ? 'schedule-paused' : 'schedule-resumed', channel, caller);
      return scheduleView(store, row, now);
    },
    async listSchedules(scope: string, channelId?: string): Promise<ScheduleView[]> {
      const now = clock.now();
      return store.read(async (tx) => {
        const rows = (await tx.schedules.inScope(scope)).filter((r) => channelId === undefined || r.channelId === channelId);
        const views: ScheduleView[] = [];
        for (const r of rows) views.push(await scheduleView(tx, r, now));
        return views;
      });
    },
    async deleteSchedule(caller: Caller, channel: ChannelRef): Promise<void> {
      requireAdmin(caller);
      await store.write(async (tx) => {
        const found = await tx.schedules.find(key(channel));
        if (!found) throw noSchedule();
        // A round still open keeps its window and gets its summary: it no longer needs the schedule.
        await tx.schedules.remove(found.id);
      });
      await changed('schedule-deleted', channel, caller);
    },
    async openRound(channel: ChannelRef) {
      const row = await store.rounds.open(key(channel), clock.now());
      return row ? { roundId: row.id, questionId: row.questionId!, closesAt: new Date(row.closesAt!) } : null;
    },
    async round(roundId: number) {
      const row = await store.rounds.byId(roundId);
      if (!row || row.openedAt === null || row.closesAt === null || row.questionId === null) return null;
      return { roundId: row.id, questionId: row.questionId, channel: channelOf(row), closesAt: new Date(row.closesAt), open: row.status === 'open' && clock.now() < row.closesAt };
    },
  };
}
