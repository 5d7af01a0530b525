import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/practice/index.ts';
import { cronExpression } from '../../src/schedule/cron-jobs.ts';
import { createScheduler, createSchedules } from '../../src/schedule/index.ts';
import { localDate, localParts, weekdayOf } from '../../src/schedule/zoned-time.ts';
import { admin, channel, HOUR, memoryLog, recordingPoster, rounds } from './harness.ts';

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

describe('daily rounds: node-cron jobs and the running scheduler', () => {
  it('writes a cron expression per schedule', async () => {
    expect(cronExpression({ time: '09:30', weekdays: 0b0111110 })).toBe('30 9 * * 1,2,3,4,5');
    expect(cronExpression({ time: '00:05', weekdays: 0b1111111 })).toBe('5 0 * * 0,1,2,3,4,5,6');
  });

  it('runs one job per active schedule at its local time in its own zone, following changes without a restart', async () => {
    const r = rounds({ start: Date.now(), scheduler: { clock: systemClock } });
    cleanup.push(() => r.close());
    const schedules = createSchedules({ store: r.store, bank: () => r.bank, clock: systemClock, onChange: () => r.scheduler.reload() });
    await schedules.setSchedule(admin(), channel('sh'), { time: '09:15', timeZone: 'Asia/Shanghai' });
    await schedules.setSchedule(admin(), channel('ny'), { time: '02:30', timeZone: 'America/New_York', weekdays: [1] });
    await r.scheduler.start();
    cleanup.push(() => r.scheduler.stop());
    const fires = () => [...r.scheduler.status().jobs.values()];
    expect(fires()).toHaveLength(2);
    const [sh, ny] = fires();
    expect(localParts(sh!.getTime(), 'Asia/Shanghai')).toMatchObject({ hour: 9, minute: 15 });
    // Mondays only (DST never changes on a Monday, so 02:30 exists).
    expect(weekdayOf(localDate(ny!.getTime(), 'America/New_York'))).toBe(1);
    expect(localParts(ny!.getTime(), 'America/New_York')).toMatchObject({ hour: 2, minute: 30 });

    await schedules.pauseSchedule(admin(), channel('ny'), true);
    expect(fires()).toHaveLength(1);
    await schedules.setSchedule(admin(), channel('sh'), { time: '18:45', timeZone: 'Europe/Berlin' });
    expect(localParts(fires()[0]!.getTime(), 'Europe/Berlin')).toMatchObject({ hour: 18, minute: 45 });
    await schedules.deleteSchedule(admin(), channel('sh'));
    expect(fires()).toHaveLength(0);
    await r.scheduler.stop();
    expect(r.scheduler.status().started).toBe(false);
  });

  it('posts a missed round as soon as it starts (catch-up), with the real clock and timers', async () => {
    const now = Date.now();
    const r = rounds({ start: now });
    cleanup.push(() => r.close());
    const tenMinutesAgo = new Date(now - 10 * 60_000);
    const time = `${String(tenMinutesAgo.getUTCHours()).padStart(2, '0')}:${String(tenMinutesAgo.getUTCMinutes()).padStart(2, '0')}`;
    r.clock.set(now - 48 * HOUR);
    await r.schedules.setSchedule(admin(), channel(), { time, timeZone: 'UTC' });
    const poster = recordingPoster();
    const log = memoryLog();
    const scheduler = createScheduler({ store: r.store, bank: () => r.bank, clock: systemClock, log, posters: { discord: poster.poster } });
    await scheduler.start();
    cleanup.push(() => scheduler.stop());
    for (let i = 0; i < 200 && poster.questions.length === 0; i++) await new Promise((done) => setTimeout(done, 10));
    expect(poster.questions).toHaveLength(1);
    expect(log.events()).toContain('scheduler-started');
  });

  it('retries a failed post on its own timer once started (no tick from outside)', async () => {
    const now = Date.now();
    const r = rounds({ start: now });
    cleanup.push(() => r.close());
    const fiveMinutesAgo = new Date(now - 5 * 60_000);
    const time = `${String(fiveMinutesAgo.getUTCHours()).padStart(2, '0')}:${String(fiveMinutesAgo.getUTCMinutes()).padStart(2, '0')}`;
    r.clock.set(now - 48 * HOUR);
    await r.schedules.setSchedule(admin(), channel(), { time, timeZone: 'UTC' });
    const poster = recordingPoster();
    let failures = 1;
    poster.failWith(() => (failures-- > 0 ? new Error('socket hang up') : null));
    const scheduler = createScheduler({ store: r.store, bank: () => r.bank, clock: systemClock, posters: { discord: poster.poster }, firstRetryMs: 30 });
    await scheduler.start();
    cleanup.push(() => scheduler.stop());
    for (let i = 0; i < 200 && poster.questions.length === 0; i++) await new Promise((done) => setTimeout(done, 10));
    expect(poster.attempts).toHaveLength(2);
    expect(poster.questions).toHaveLength(1);
  });

  it('a platform without a poster is left alone: no posts, no skipped days, until its poster registers', async () => {
    const NINE = Date.UTC(2025, 0, 7, 9);
    const r = rounds({ start: NINE, scheduler: { posters: {} } });
    cleanup.push(() => r.close());
    r.clock.set(NINE - 20 * HOUR);
    await r.schedules.setSchedule(admin(), channel(), { time: '09:00', timeZone: 'UTC' });
    expect(await r.scheduler.tick(NINE)).toMatchObject({ posted: 0, skipped: 0 });
    r.scheduler.registerPoster('discord', r.discord.poster);
    expect(await r.scheduler.tick(NINE + HOUR)).toMatchObject({ posted: 1 });
  });
});
