import { describe, expect, it } from 'vitest';
import { channel, HOUR, MINUTE, setEarlier, roundsClosedAfterEach } from './harness.ts';

const make = roundsClosedAfterEach();

/** Tuesday 7 January 2025, 09:00 in Berlin (08:00 UTC). */
const NINE = Date.UTC(2025, 0, 7, 8);

describe('daily rounds: catch-up after downtime', () => {
  it('a process starting inside the grace window posts the missed round late, once', async () => {
    const r = make({ start: NINE + 90 * MINUTE });
    await setEarlier(r, NINE - 48 * HOUR, channel(), { time: '09:00', timeZone: 'Europe/Berlin' });
    const report = await r.scheduler.tick(NINE + 90 * MINUTE);
    expect(report.posted).toBe(1);
    expect(r.discord.questions).toHaveLength(1);
    expect(r.discord.questions[0]).toMatchObject({ localDate: '2025-01-07' });
    // The window runs from the late post, so latecomers still get the full eight hours.
    expect(r.discord.questions[0]!.closesAt.getTime()).toBe(NINE + 90 * MINUTE + 8 * HOUR);
    await r.run(NINE + 91 * MINUTE, NINE + 3 * HOUR, 5 * MINUTE);
    expect(r.discord.questions).toHaveLength(1);
    expect(r.log.lines.find((l) => l.event === 'round-posted')).toMatchObject({ lateMs: 90 * MINUTE });
  });

  it('a process starting after the grace window skips the day, logs it once, and posts the next day on time', async () => {
    const r = make({ start: NINE + 2 * HOUR + MINUTE });
    // Set yesterday after its 09:00: today's is the only round owed.
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'Europe/Berlin' });
    await r.run(NINE + 2 * HOUR + MINUTE, NINE + 3 * HOUR, 5 * MINUTE);
    expect(r.discord.questions).toEqual([]);
    const skipped = r.log.lines.filter((l) => l.event === 'round-skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ level: 'warn', date: '2025-01-07' });
    expect(String(skipped[0]!.reason)).toMatch(/grace window/);
    await r.run(NINE + 24 * HOUR - 5 * MINUTE, NINE + 24 * HOUR + 5 * MINUTE);
    expect(r.discord.questions.map((q) => [q.localDate, q.at])).toEqual([['2025-01-08', NINE + 24 * HOUR]]);
  });

  it('the grace window is configurable, and a late evening time reaches past midnight', async () => {
    // 23:30 in Berlin on the 7th; the process starts at 00:45 on the 8th, 75 minutes late.
    const due = Date.UTC(2025, 0, 7, 22, 30);
    const r = make({ start: due + 75 * MINUTE, scheduler: { graceHours: 1 } });
    await setEarlier(r, NINE - 48 * HOUR, channel(), { time: '23:30', timeZone: 'Europe/Berlin' });
    await r.scheduler.tick(due + 75 * MINUTE);
    expect(r.discord.questions).toEqual([]);
    const wide = make({ start: due + 75 * MINUTE, scheduler: { graceHours: 2 } });
    await setEarlier(wide, NINE - 48 * HOUR, channel(), { time: '23:30', timeZone: 'Europe/Berlin' });
    await wide.scheduler.tick(due + 75 * MINUTE);
    expect(wide.discord.questions.map((q) => q.localDate)).toEqual(['2025-01-07']);
  });

  it('does not owe rounds from before the schedule was set or resumed', async () => {
    const r = make({ start: NINE + 30 * MINUTE });
    await r.schedules.setSchedule({ user: { platform: 'discord', platformUserId: 'a', displayName: 'A', timeZone: 'UTC' }, isChannelAdmin: true }, channel(), { time: '09:00', timeZone: 'Europe/Berlin' });
    await r.scheduler.tick(NINE + 30 * MINUTE);
    expect(r.discord.questions).toEqual([]);
    expect(r.log.events()).not.toContain('round-skipped');
  });
});
