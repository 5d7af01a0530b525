import { afterEach, describe, expect, it } from 'vitest';
import { admin, channel, HOUR, rounds, setEarlier } from './harness.ts';

let open: ReturnType<typeof rounds>[] = [];
afterEach(() => {
  open.forEach((r) => r.close());
  open = [];
});

const NINE = Date.UTC(2025, 0, 7, 9);
const DAY = 24 * HOUR;

async function days(r: ReturnType<typeof rounds>, from: number, n: number) {
  for (let d = 0; d < n; d++) await r.scheduler.tick(from + d * DAY);
}

describe('daily rounds: which question', () => {
  it('asks only questions matching the filters, and none twice until every matching one was asked', async () => {
    const r = rounds({ start: NINE });
    open.push(r);
    // The fixture bank has three Foundational questions: Q1, Q2, Q3.
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', filters: { difficulty: 'F' } });
    await days(r, NINE, 9);
    const asked = r.discord.questions.map((q) => q.entry.id);
    expect(asked).toHaveLength(9);
    for (let cycle = 0; cycle < 3; cycle++) expect([...asked.slice(cycle * 3, cycle * 3 + 3)].sort()).toEqual(['Q1', 'Q2', 'Q3']);
    // A new cycle never starts with the question that ended the last one.
    for (let i = 1; i < asked.length; i++) expect(asked[i]).not.toBe(asked[i - 1]);
  });

  it('keeps each channel its own rotation, and follows changed filters', async () => {
    const r = rounds({ start: NINE });
    open.push(r);
    await setEarlier(r, NINE - 20 * HOUR, channel('a'), { time: '09:00', timeZone: 'UTC', filters: { phase: 'Ops' } });
    await setEarlier(r, NINE - 20 * HOUR, channel('b'), { time: '09:00', timeZone: 'UTC' });
    await days(r, NINE, 2);
    const inA = r.discord.questions.filter((q) => q.channel.channelId === 'a').map((q) => q.entry.id);
    expect([...inA].sort()).toEqual(['Q2', 'Q5']);
    const inB = r.discord.questions.filter((q) => q.channel.channelId === 'b').map((q) => q.entry.id);
    expect(new Set(inB).size).toBe(2);

    // Now Ops and Advanced: only Q5 matches, so it repeats (nothing else could be asked).
    r.clock.set(NINE + 2 * DAY - HOUR);
    await r.schedules.setSchedule(admin(), channel('a'), { time: '09:00', timeZone: 'UTC', filters: { phase: 'Ops', difficulty: 'A' } });
    await days(r, NINE + 2 * DAY, 2);
    expect(r.discord.questions.filter((q) => q.channel.channelId === 'a').map((q) => q.entry.id).slice(2)).toEqual(['Q5', 'Q5']);
  });

  it('skips the day and says why when the bank no longer has a matching question', async () => {
    const r = rounds({ start: NINE });
    open.push(r);
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', filters: { stakeholder: 'QA' } });
    r.db.prepare(`UPDATE schedules SET filters = '{"stakeholder":"BA"}'`).run();
    const report = await r.scheduler.tick(NINE);
    expect(report.skipped).toBe(1);
    expect(r.discord.questions).toEqual([]);
    expect(String(r.log.lines.find((l) => l.event === 'round-skipped')?.reason)).toMatch(/No question to ask: No question matches stakeholder "BA"/);
  });
});
