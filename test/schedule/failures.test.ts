import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/schedule/pacer.ts';
import { admin, channel, HOUR, missingAccess, rateLimited, setEarlier, roundsClosedAfterEach } from './harness.ts';

const make = roundsClosedAfterEach();

const NINE = Date.UTC(2025, 0, 7, 9);
const DAY = 24 * HOUR;
const S = 1000;

describe('daily rounds: posting failures', () => {
  it('retries with exponential backoff, respecting Retry-After, then gives the round up', async () => {
    const r = make({ start: NINE });
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC' });
    r.discord.failWith(rateLimited(45));
    // Tick every 5 s for 15 minutes: the poster is called only when a retry is due.
    await r.run(NINE, NINE + 15 * 60 * S, 5 * S);
    // 45 s (Retry-After beats the 30 s first delay), then 60, 120, 240 s: five tries in all.
    expect(r.discord.attempts.map((t) => (t - NINE) / S)).toEqual([0, 45, 105, 225, 465]);
    expect(r.log.lines.filter((l) => l.event === 'round-post-retry')).toHaveLength(4);
    expect(r.log.lines.filter((l) => l.event === 'round-post-failed')).toEqual([expect.objectContaining({ level: 'error', tries: 5, error: 'rate limited' })]);
    expect(r.db.prepare('SELECT status, last_error AS error FROM rounds WHERE local_date = ?').get('2025-01-07')).toEqual({ status: 'failed', error: 'rate limited' });
    // One failed round is not yet a reason to stop.
    expect((await r.schedules.listSchedules('discord:g1'))[0]).toMatchObject({ status: 'active', pausedReason: null });
  });

  it('pauses the schedule after three rounds in a row fail, and says why in listSchedules', async () => {
    const r = make({ start: NINE });
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC' });
    r.discord.failWith(missingAccess());
    for (let day = 0; day < 4; day++) await r.run(NINE + day * DAY, NINE + day * DAY + HOUR, 10 * 60 * S);
    // A refusal is not retried: one try per day, and none once paused.
    expect(r.discord.attempts.map((t) => (t - NINE) / DAY)).toEqual([0, 1, 2]);
    const [view] = await r.schedules.listSchedules('discord:g1');
    expect(view).toMatchObject({ status: 'paused', nextRunAt: null });
    expect(view!.pausedReason).toMatch(/Paused automatically after 3 rounds in a row could not be posted\. Last error: Missing Access\./);
    expect(r.log.lines.filter((l) => l.event === 'schedule-auto-paused')).toHaveLength(1);

    // Fixed and resumed: the next day's round posts.
    r.discord.failWith(null);
    r.clock.set(NINE + 4 * DAY + HOUR);
    await r.schedules.pauseSchedule(admin(), channel(), false);
    await r.run(NINE + 5 * DAY, NINE + 5 * DAY + 10 * 60 * S, 60 * S);
    expect(r.discord.questions.map((q) => q.localDate)).toEqual(['2025-01-12']);
  });

  it('a successful round resets the count of failures in a row', async () => {
    const r = make({ start: NINE });
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', windowHours: 1 });
    const plan = [missingAccess(), missingAccess(), null, missingAccess(), missingAccess()];
    for (const [day, failure] of plan.entries()) {
      r.discord.failWith(failure);
      await r.run(NINE + day * DAY, NINE + day * DAY + 2 * HOUR, 30 * 60 * S);
    }
    expect((await r.schedules.listSchedules('discord:g1'))[0]!.status).toBe('active');
    expect(r.discord.questions).toHaveLength(1);
  });

  it('survives posters that throw anything, and retries what it cannot classify', async () => {
    const r = make({ start: NINE });
    await setEarlier(r, NINE - 20 * HOUR, channel('a'), { time: '09:00', timeZone: 'UTC' });
    await setEarlier(r, NINE - 20 * HOUR, channel('b'), { time: '09:00', timeZone: 'UTC' });
    let calls = 0;
    r.discord.failWith(() => {
      calls++;
      if (calls === 1) throw new TypeError('fetch failed');
      return calls === 2 ? 'a bare string' : null;
    });
    // The failure factory itself throws on the first call: that must not escape either.
    const report = await r.scheduler.tick(NINE);
    expect(report).toMatchObject({ posted: 0, retrying: 2 });
    r.discord.failWith(null);
    await r.scheduler.tick(NINE + 30 * S);
    expect(r.discord.questions.map((q) => q.channel.channelId).sort()).toEqual(['a', 'b']);
  });

  it('summary posting is retried too, and a summary that never posts still closes the round', async () => {
    const r = make({ start: NINE });
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', windowHours: 1 });
    await r.scheduler.tick(NINE);
    r.discord.failWith(rateLimited());
    await r.run(NINE + HOUR, NINE + HOUR + 20 * 60 * S, 5 * S);
    expect(r.log.lines.filter((l) => l.event === 'round-summary-retry')).toHaveLength(4);
    expect(r.log.lines.filter((l) => l.event === 'round-summary-failed')).toHaveLength(1);
    expect(r.db.prepare('SELECT status FROM rounds WHERE local_date = ?').pluck().get('2025-01-07')).toBe('closed');
    expect(await r.scheduler.nextDeliveryAt()).toBeNull();
  });
});

describe('pacing posts below a platform rate limit', () => {
  it('spaces posts evenly at the rate, and waits out a Retry-After for everyone', async () => {
    let now = 0;
    const sent: number[] = [];
    const pacer = createPacer(50, () => now, async (ms) => void (now += ms));
    for (let i = 0; i < 5; i++) {
      await pacer.take();
      sent.push(now);
    }
    expect(sent).toEqual([0, 20, 40, 60, 80]);
    pacer.holdUntil(5000);
    await pacer.take();
    expect(now).toBe(5000);
    const unlimited = createPacer(Infinity, () => now, async (ms) => void (now += ms));
    await unlimited.take();
    expect(now).toBe(5000);
    unlimited.holdUntil(9000);
    await unlimited.take();
    expect(now).toBe(9000);
  });
});
