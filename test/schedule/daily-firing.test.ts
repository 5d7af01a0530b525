import { afterEach, describe, expect, it } from 'vitest';
import { channel, HOUR, MINUTE, rounds, setEarlier } from './harness.ts';

let open: ReturnType<typeof rounds>[] = [];
afterEach(() => {
  open.forEach((r) => r.close());
  open = [];
});

const utc = (iso: string) => Date.parse(iso);

/**
 * Ticks every minute (twice, as node-cron may fire twice) for three local days around a date and
 * returns when each question was posted.
 */
async function fire(timeZone: string, time: string, from: string, to: string) {
  const r = rounds({ start: utc(from) });
  open.push(r);
  await setEarlier(r, utc(from) - 7 * 24 * HOUR, channel(), { time, timeZone });
  await r.run(utc(from), utc(to));
  const rows = r.db.prepare('SELECT local_date AS date, status FROM rounds ORDER BY local_date').all() as { date: string; status: string }[];
  return { posted: r.discord.questions.map((q) => [q.localDate, new Date(q.at).toISOString()]), rows, summaries: r.discord.summaries.length };
}

describe('daily rounds: once a day at local time, across DST changes', () => {
  it('Asia/Shanghai (no DST): 09:00 every day', async () => {
    const { posted, summaries } = await fire('Asia/Shanghai', '09:00', '2025-03-07T16:00:00Z', '2025-03-10T15:59:00Z');
    expect(posted).toEqual([
      ['2025-03-08', '2025-03-08T01:00:00.000Z'],
      ['2025-03-09', '2025-03-09T01:00:00.000Z'],
      ['2025-03-10', '2025-03-10T01:00:00.000Z'],
    ]);
    expect(summaries).toBe(3);
  });

  it('America/New_York spring forward: the 02:30 that does not exist posts once, at 03:30 EDT', async () => {
    const { posted, rows } = await fire('America/New_York', '02:30', '2025-03-08T05:00:00Z', '2025-03-11T03:59:00Z');
    expect(posted).toEqual([
      ['2025-03-08', '2025-03-08T07:30:00.000Z'], // 02:30 EST
      ['2025-03-09', '2025-03-09T07:30:00.000Z'], // no 02:30 that day: 03:30 EDT
      ['2025-03-10', '2025-03-10T06:30:00.000Z'], // 02:30 EDT
    ]);
    // The day before the first tick was already past its grace window: skipped (and logged), not posted.
    expect(rows).toEqual([{ date: '2025-03-07', status: 'skipped' }, ...['08', '09', '10'].map((d) => ({ date: `2025-03-${d}`, status: 'closed' }))]);
  });

  it('America/New_York fall back: the 01:30 that happens twice posts once, the first time', async () => {
    const { posted, rows } = await fire('America/New_York', '01:30', '2025-11-01T04:00:00Z', '2025-11-04T04:59:00Z');
    expect(posted).toEqual([
      ['2025-11-01', '2025-11-01T05:30:00.000Z'], // 01:30 EDT
      ['2025-11-02', '2025-11-02T05:30:00.000Z'], // the first 01:30 (EDT); 06:30Z is 01:30 EST again
      ['2025-11-03', '2025-11-03T06:30:00.000Z'], // 01:30 EST
    ]);
    expect(rows.filter((r) => r.status === 'closed')).toHaveLength(3);
    expect(rows.filter((r) => r.status !== 'closed')).toEqual([{ date: '2025-10-31', status: 'skipped' }]);
  });

  it('Europe/Berlin spring forward and fall back at 02:30: one round each day', async () => {
    const spring = await fire('Europe/Berlin', '02:30', '2025-03-28T23:00:00Z', '2025-03-31T21:59:00Z');
    expect(spring.posted).toEqual([
      ['2025-03-29', '2025-03-29T01:30:00.000Z'],
      ['2025-03-30', '2025-03-30T01:30:00.000Z'], // 02:30 CET does not exist: 03:30 CEST, the same instant
      ['2025-03-31', '2025-03-31T00:30:00.000Z'],
    ]);
    const fall = await fire('Europe/Berlin', '02:30', '2025-10-24T22:00:00Z', '2025-10-27T22:59:00Z');
    expect(fall.posted).toEqual([
      ['2025-10-25', '2025-10-25T00:30:00.000Z'],
      ['2025-10-26', '2025-10-26T00:30:00.000Z'], // the first 02:30 (CEST); 01:30Z is 02:30 CET again
      ['2025-10-27', '2025-10-27T01:30:00.000Z'],
    ]);
    expect(fall.summaries).toBe(3);
  });

  it('posts only on the chosen weekdays', async () => {
    const r = rounds({ start: utc('2025-01-06T00:00:00Z') });
    open.push(r);
    await setEarlier(r, utc('2025-01-01T00:00:00Z'), channel(), { time: '08:00', timeZone: 'UTC', weekdays: [1, 3, 5] });
    await r.run(utc('2025-01-06T00:00:00Z'), utc('2025-01-12T23:00:00Z'), 30 * MINUTE);
    expect(r.discord.questions.map((q) => q.localDate)).toEqual(['2025-01-06', '2025-01-08', '2025-01-10']);
  });
});
