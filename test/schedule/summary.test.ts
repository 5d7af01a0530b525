import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/bank/schema.ts';
import { mostMissed } from '../../src/schedule/summary.ts';
import { channel, HOUR, MINUTE, person, rounds, setEarlier } from './harness.ts';

let open: ReturnType<typeof rounds>[] = [];
afterEach(() => {
  open.forEach((r) => r.close());
  open = [];
});

const NINE = Date.UTC(2025, 0, 7, 9);
const SCOPE = { scope: 'discord:g1' };

describe('daily rounds: the summary at the close', () => {
  it('counts participants, averages best attempts, names only opted-in people, reveals the insight, names the most missed constraint', async () => {
    const r = rounds({ start: NINE - HOUR });
    open.push(r);
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC' });
    await r.scheduler.tick(NINE);
    const { roundId, entry } = r.discord.questions[0]!;
    const other = r.bank.entries.find((e) => e.id !== entry.id)!;
    for (const name of ['ada', 'dee', 'cy']) await r.practice.setShowName(person(name), true);

    const answer = async (name: string, at: number, text: string, context: { scope: string; roundId?: number } = { ...SCOPE, roundId }, questionId = entry.id) => {
      r.clock.set(at);
      await r.practice.submitAnswer(person(name), questionId, text, context);
    };
    const libp2p = 'missed=Ecosystem: libp2p';
    // Ada's first try is not her best: what it missed does not count.
    await answer('ada', NINE + 10 * MINUTE, `total=60 ${libp2p}`);
    await answer('ada', NINE + 20 * MINUTE, 'total=85 missed=Technical: 32GB|Resource: 6 devs');
    await answer('bob', NINE + 30 * MINUTE, 'total=90 missed=Technical: 32GB (you said 16GB)|Business: <100ms SLA');
    await answer('cy', NINE + HOUR, 'total=40 missed=Resource: 6 devs|Technical: 32GB');
    await answer('dee', NINE + 2 * HOUR, 'total=71');
    // Not the round's: after the close, without the round, and another question sent with the round's id.
    await answer('eve', NINE + 8 * HOUR + MINUTE, `total=100 ${libp2p}`);
    await answer('fay', NINE + HOUR, `total=100 ${libp2p}`, SCOPE);
    await answer('gus', NINE + HOUR, `total=100 ${libp2p}`, { ...SCOPE, roundId }, other.id);

    await r.scheduler.tick(NINE + 8 * HOUR - 1);
    expect(r.discord.summaries).toEqual([]);
    await r.scheduler.tick(NINE + 8 * HOUR);
    expect(r.discord.summaries).toEqual([
      {
        roundId,
        channel: channel(),
        questionId: entry.id,
        question: entry.question,
        participants: 4,
        average: 71.5,
        top: [
          { displayName: null, total: 90 },
          { displayName: 'Ada', total: 85 },
          { displayName: 'Dee', total: 71 },
        ],
        keyInsight: entry.keyInsight,
        mostMissedConstraint: 'Technical: 32GB',
      },
    ]);
    await r.scheduler.tick(NINE + 9 * HOUR);
    expect(r.discord.summaries).toHaveLength(1);
  });

  it('summarises a round nobody answered without inventing numbers', async () => {
    const r = rounds({ start: NINE - HOUR });
    open.push(r);
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', windowHours: 1 });
    await r.scheduler.tick(NINE);
    await r.scheduler.tick(NINE + HOUR);
    expect(r.discord.summaries[0]).toMatchObject({ participants: 0, average: null, top: [], mostMissedConstraint: null });
  });

  it('the round is open to answers only during its window', async () => {
    const r = rounds({ start: NINE - HOUR });
    open.push(r);
    await setEarlier(r, NINE - 20 * HOUR, channel(), { time: '09:00', timeZone: 'UTC', windowHours: 2 });
    expect(await r.schedules.openRound(channel())).toBeNull();
    await r.scheduler.tick(NINE);
    const { roundId, entry } = r.discord.questions[0]!;
    r.clock.set(NINE + HOUR);
    expect(await r.schedules.openRound(channel())).toEqual({ roundId, questionId: entry.id, closesAt: new Date(NINE + 2 * HOUR) });
    expect(await r.schedules.round(roundId)).toEqual({ roundId, questionId: entry.id, channel: channel(), closesAt: new Date(NINE + 2 * HOUR), open: true });
    r.clock.set(NINE + 2 * HOUR);
    expect(await r.schedules.openRound(channel())).toBeNull();
    expect(await r.schedules.round(roundId)).toMatchObject({ open: false });
    expect(await r.schedules.round(roundId + 100)).toBeNull();
  });

  it('ties for most missed go to the constraint the entry lists first', async () => {
    const entry = { constraints: [{ category: 'Technical', text: '8-core, 32GB' }, { category: 'Business', text: '<100ms SLA' }] } as Entry;
    const report = (missed: string[]) => ({ report: JSON.stringify({ dimensions: { constraints: { missed } } }) });
    expect(mostMissed([report(['Business: <100ms SLA']), report(['Technical: 32GB', 'Business: <100ms SLA']), report(['Technical: 32GB'])], entry)).toBe('Technical: 32GB');
    expect(mostMissed([report(['Technical: 32GB', 'Technical: 8-core'])], entry)).toBe('Technical: 8-core');
    expect(mostMissed([report(['Technical: 32GB']), report(['Business: <100ms SLA (you said 200ms)']), report(['Business: <100ms SLA'])], entry)).toBe('Business: <100ms SLA');
    expect(mostMissed([{ report: 'not json' }], entry)).toBeNull();
  });
});
