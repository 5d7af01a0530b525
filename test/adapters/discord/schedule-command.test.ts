/**
 * What `/schedule` hands the Schedules use cases: the caller's admin flag read from the member's
 * permissions, the channel it ran in, and the options as ScheduleInput. The use cases are a recording
 * stand-in here (the real ones are driven in test/e2e/discord/schedule.test.ts once wired).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduleError, type Caller, type ChannelRef, type ScheduleInput, type Schedules, type ScheduleView } from '../../../src/schedule/contract.ts';
import { ADA, command, int, interact, PERMISSIONS, startBot, str, type Bot, type Person } from '../../e2e/discord/bot.ts';
import { CHANNEL_ID, GUILD_ID } from '../../e2e/discord/fake-discord.ts';

const ADMIN: Person = { id: '600000000000000010', name: 'Admin', permissions: PERMISSIONS.ManageGuild };
const calls: { name: string; caller?: Caller; channel?: ChannelRef; input?: ScheduleInput }[] = [];

const view = (channel: ChannelRef, input: ScheduleInput): ScheduleView => ({
  id: 1, channel, time: input.time, timeZone: input.timeZone, weekdays: input.weekdays ?? [0, 1, 2, 3, 4, 5, 6], filters: input.filters ?? {},
  windowHours: input.windowHours ?? 8, status: 'active', pausedReason: null, nextRunAt: '2026-11-26T09:00:00+08:00',
});

const recording: Schedules = {
  async setSchedule(caller, channel, input) {
    calls.push({ name: 'set', caller, channel, input });
    if (input.time === '25:00') throw new ScheduleError('invalid-time', 'The time "25:00" is not a time of day; use HH:MM, e.g. 09:00.');
    return view(channel, input);
  },
  async pauseSchedule(caller, channel, paused) {
    calls.push({ name: paused ? 'pause' : 'resume', caller, channel });
    return { ...view(channel, { time: '09:00', timeZone: 'UTC' }), status: paused ? 'paused' : 'active', nextRunAt: paused ? null : '2026-11-26T09:00:00Z', pausedReason: paused ? 'paused by Admin' : null };
  },
  listSchedules: async () => [],
  async deleteSchedule(caller, channel) {
    calls.push({ name: 'delete', caller, channel });
  },
  openRound: async () => null,
  round: async () => null,
};

let bot: Bot;
beforeAll(async () => {
  bot = await startBot({ schedules: recording });
});
afterAll(async () => {
  await bot?.stop();
});

const subcommand = (name: string, options: unknown[] = []) => [{ name, type: 1, options }] as any;

describe('/schedule through the adapter', () => {
  it('passes the channel, the parsed days, filters and window, and the admin flag from Manage Server', async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('set', [str('time', '09:00'), str('days', 'fri-mon'), int('window_hours', 4), str('phase', 'Ops')])));
    expect(callback.body.data.embeds[0].title).toBe('Daily round scheduled');
    expect(calls.at(-1)).toEqual({
      name: 'set',
      caller: { user: { platform: 'discord', platformUserId: ADMIN.id, displayName: 'Admin', timeZone: 'UTC' }, isChannelAdmin: true },
      channel: { platform: 'discord', scope: `discord:${GUILD_ID}`, channelId: CHANNEL_ID },
      input: { time: '09:00', timeZone: 'UTC', weekdays: [0, 1, 5, 6], filters: { phase: 'Ops' }, windowHours: 4 },
    });
  });

  it('refuses a member without Manage Server before reaching the use cases', async () => {
    const before = calls.length;
    const { callback } = await interact(bot.fake, command(ADA, 'schedule', subcommand('delete')));
    expect(callback.body.data.content).toMatch(/Manage Server/);
    expect(calls.length).toBe(before);
  });

  it("shows the core's refusal as it is, and an unreadable day list without calling the core", async () => {
    const bad = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('set', [str('time', '25:00')])));
    expect(bad.callback.body.data.content).toBe('The time "25:00" is not a time of day; use HH:MM, e.g. 09:00.');
    const before = calls.length;
    const days = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('set', [str('time', '09:00'), str('days', 'someday')])));
    expect(days.callback.body.data.content).toMatch(/could not read the days "someday"/);
    expect(calls.length).toBe(before);
  });

  it('pauses and resumes with the same caller', async () => {
    const paused = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('pause')));
    expect(paused.callback.body.data.embeds[0].description).toMatch(/· paused: paused by Admin/);
    await interact(bot.fake, command(ADMIN, 'schedule', subcommand('resume')));
    expect(calls.slice(-2).map((c) => [c.name, c.caller?.isChannelAdmin])).toEqual([['pause', true], ['resume', true]]);
  });
});
