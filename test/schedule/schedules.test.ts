import { describe, expect, it } from 'vitest';
import { ScheduleError } from '../../src/schedule/index.ts';
import { admin, channel, member, roundsClosedAfterEach } from './harness.ts';

const make = roundsClosedAfterEach();

/** The ScheduleError a call throws (and fails the test when it throws nothing or something else). */
async function refusal(fn: () => Promise<unknown>): Promise<ScheduleError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ScheduleError);
    return err as ScheduleError;
  }
  throw new Error('expected a ScheduleError');
}

describe('schedules: use cases', () => {
  it('sets a schedule and lists it with its next run in the channel zone', async () => {
    // Monday 6 January 2025, 09:00 UTC = 17:00 in Shanghai: today's 09:00 has passed, so the next is Tuesday's.
    const r = make();
    const view = await r.schedules.setSchedule(admin(), channel(), { time: '9:00', timeZone: 'asia/shanghai', weekdays: [2, 1, 2], filters: { difficulty: 'advanced' } });
    expect(view).toMatchObject({ time: '09:00', timeZone: 'Asia/Shanghai', weekdays: [1, 2], filters: { difficulty: 'A' }, windowHours: 8, status: 'active', pausedReason: null, nextRunAt: '2025-01-07T09:00:00+08:00' });
    expect(await r.schedules.listSchedules('discord:g1')).toEqual([view]);
    expect(await r.schedules.listSchedules('discord:g1', 'other')).toEqual([]);
    expect(await r.schedules.listSchedules('discord:g2')).toEqual([]);
  });

  it('replaces a channel schedule rather than adding a second', async () => {
    const r = make();
    await r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone: 'UTC' });
    const view = await r.schedules.setSchedule(admin(), channel(), { time: '17:30', timeZone: 'Europe/Berlin', windowHours: 2 });
    expect(await r.schedules.listSchedules('discord:g1')).toEqual([view]);
    expect(view).toMatchObject({ time: '17:30', windowHours: 2, weekdays: [0, 1, 2, 3, 4, 5, 6] });
  });

  it('lets only channel admins change a schedule, and says so kindly', async () => {
    const r = make();
    const err = await refusal(() => r.schedules.setSchedule(member(), channel(), { time: '09:00', timeZone: 'UTC' }));
    expect(err.code).toBe('not-admin');
    expect(err.userMessage).toMatch(/Only a channel admin/);
    expect(await r.schedules.listSchedules('discord:g1')).toEqual([]);
    await r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone: 'UTC' });
    expect((await refusal(() => r.schedules.pauseSchedule(member(), channel(), true))).code).toBe('not-admin');
    expect((await refusal(() => r.schedules.deleteSchedule(member(), channel()))).code).toBe('not-admin');
    expect((await r.schedules.listSchedules('discord:g1'))[0]!.status).toBe('active');
  });

  it.each([
    ['25:00', /"25:00" is not a time of day\. Use 24-hour HH:MM/],
    ['9am', /"9am" is not a time of day/],
    ['09:60', /not a time of day/],
    ['', /is not a time of day/],
  ])('refuses the time %j with a clear message', async (time, message) => {
    const r = make();
    const err = await refusal(() => r.schedules.setSchedule(admin(), channel(), { time, timeZone: 'UTC' }));
    expect(err.code).toBe('invalid-time');
    expect(err.userMessage).toMatch(message);
  });

  it.each(['Mars/Olympus_Mons', 'CEST', '+08:00', ''])('refuses the time zone %j and names good ones', async (timeZone) => {
    const r = make();
    const err = await refusal(() => r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone }));
    expect(err.code).toBe('invalid-time-zone');
    expect(err.userMessage).toContain(`"${timeZone}" is not a time zone I know`);
    expect(err.userMessage).toContain('Europe/Berlin');
  });

  it('refuses weekdays, windows and filters that cannot work', async () => {
    const r = make();
    const base = { time: '09:00', timeZone: 'UTC' };
    expect((await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, weekdays: [] }))).code).toBe('invalid-weekdays');
    expect((await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, weekdays: [7] }))).code).toBe('invalid-weekdays');
    expect((await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, windowHours: 0 }))).userMessage).toMatch(/from 0.25 to 24/);
    expect((await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, windowHours: 30 }))).code).toBe('invalid-window');
    const unknown = await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, filters: { phase: 'Lunch' } }));
    expect(unknown).toMatchObject({ code: 'invalid-filter' });
    expect(unknown.userMessage).toMatch(/There is no phase "Lunch"/);
    // The fixture bank has no Requirements question.
    const none = await refusal(() => r.schedules.setSchedule(admin(), channel(), { ...base, filters: { phase: 'Requirements' } }));
    expect(none.userMessage).toMatch(/No question matches phase "Requirements"/);
    expect(await r.schedules.listSchedules('discord:g1')).toEqual([]);
  });

  it('pauses with the admin named, resumes, deletes, and refuses a channel with no schedule', async () => {
    const r = make();
    await r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone: 'UTC' });
    const paused = await r.schedules.pauseSchedule(admin('grace'), channel(), true);
    expect(paused).toMatchObject({ status: 'paused', nextRunAt: null });
    expect(paused.pausedReason).toMatch(/Paused by Grace on 2025-01-06/);
    const resumed = await r.schedules.pauseSchedule(admin(), channel(), false);
    expect(resumed).toMatchObject({ status: 'active', pausedReason: null, nextRunAt: '2025-01-07T09:00:00+00:00' });
    await r.schedules.deleteSchedule(admin(), channel());
    expect(await r.schedules.listSchedules('discord:g1')).toEqual([]);
    expect((await refusal(() => r.schedules.deleteSchedule(admin(), channel()))).code).toBe('no-schedule');
    expect((await refusal(() => r.schedules.pauseSchedule(admin(), channel(), true))).userMessage).toMatch(/no daily round yet/);
  });

  it('tells the running scheduler about every change', async () => {
    const r = make();
    let reloads = 0;
    const real = r.scheduler.reload;
    r.scheduler.reload = () => {
      reloads++;
      return real();
    };
    await r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone: 'UTC' });
    await r.schedules.pauseSchedule(admin(), channel(), true);
    await r.schedules.deleteSchedule(admin(), channel());
    expect(reloads).toBe(3);
  });
});
