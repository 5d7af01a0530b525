/**
 * 1,000 channels scheduled for the same minute, posted through a fake Discord that enforces the global
 * limit of 50 requests/s per bot, on simulated time: the real scheduler, store and pacing, with every
 * wait (pacing, request latency) advancing a discrete-event clock instead of the wall clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBank } from '../src/bank/load.ts';
import type { Bank } from '../src/bank/schema.ts';
import { seededRandom } from '../src/practice/index.ts';
import { createScheduler, createSchedules, RoundPostError, type RoundPoster } from '../src/schedule/index.ts';
import { openSqlite, sqliteStore } from '../src/store/index.ts';
import { fmt, time, type Figure } from './harness.ts';

const CHANNELS = 1000;
const LIMIT = 50; // Discord: requests per second, global per bot
const LATENCY_MS = 80; // a request's round trip; pacing must not depend on it
/** Tuesday 3 June 2025, 09:00 UTC: every channel's round. */
const T0 = Date.UTC(2025, 5, 3, 9);

/** Timers on simulated time: `sleep` registers a wake-up; `run` jumps from one to the next once all else has settled. */
function simulatedTime(start: number) {
  let now = start;
  let seq = 0;
  const timers: { at: number; seq: number; wake: () => void }[] = [];
  const settle = () => new Promise<void>((done) => setImmediate(done));
  return {
    now: () => now,
    advanceTo: (t: number) => void (now = Math.max(now, t)),
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        const timer = { at: now + Math.max(0, ms), seq: seq++, wake };
        // Sorted by time, then by order of sleeping: binary-search insertion.
        let lo = 0;
        let hi = timers.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const t = timers[mid]!;
          if (t.at < timer.at || (t.at === timer.at && t.seq < timer.seq)) lo = mid + 1;
          else hi = mid;
        }
        timers.splice(lo, 0, timer);
      }),
    async run<T>(work: Promise<T>): Promise<T> {
      let done = false;
      void work.then(() => (done = true), () => (done = true));
      for (;;) {
        await settle();
        if (done) return work;
        const next = timers.shift();
        if (!next) return work;
        now = Math.max(now, next.at);
        next.wake();
      }
    },
  };
}

type Sim = ReturnType<typeof simulatedTime>;

/** Discord as a bot sees it: at most LIMIT requests in any one-second window, else a 429 with Retry-After. */
function fakeDiscord(sim: Sim) {
  const accepted: number[] = [];
  const questions = new Map<string, number>();
  let summaries = 0;
  let refused = 0;
  let lastQuestionAt = 0;
  let lastSummaryAt = 0;
  const request = async () => {
    const t = sim.now();
    while (accepted.length > 0 && accepted[0]! <= t - 1000) accepted.shift();
    if (accepted.length >= LIMIT) {
      refused++;
      throw new RoundPostError('429 Too Many Requests (global)', true, (accepted[0]! + 1000 - t) / 1000);
    }
    accepted.push(t);
    await sim.sleep(LATENCY_MS);
    return sim.now();
  };
  const poster: RoundPoster = {
    async postQuestion(round) {
      const at = await request();
      questions.set(round.channel.channelId, (questions.get(round.channel.channelId) ?? 0) + 1);
      lastQuestionAt = Math.max(lastQuestionAt, at);
    },
    async postSummary() {
      lastSummaryAt = Math.max(lastSummaryAt, await request());
      summaries++;
    },
  };
  return {
    poster,
    posted: () => questions.size,
    twice: () => [...questions.values()].filter((n) => n > 1).length,
    refused: () => refused,
    summaries: () => summaries,
    lastQuestionAt: () => lastQuestionAt,
    lastSummaryAt: () => lastSummaryAt,
  };
}

/** A scheduler with CHANNELS Discord schedules for 09:00 UTC, on its own database file. */
async function setUp(bank: Bank, postsPerSecond: number) {
  // Set the evening before, after yesterday's 09:00: today's round is the first one owed.
  const sim = simulatedTime(T0 - 20 * 3_600_000);
  const dir = mkdtempSync(join(tmpdir(), 'coach-bench-rounds-'));
  const store = sqliteStore(openSqlite(join(dir, 'coach.db')));
  const clock = { now: sim.now };
  const schedules = createSchedules({ store, bank: () => bank, clock });
  const admin = { user: { platform: 'discord', platformUserId: 'admin', displayName: 'Admin', timeZone: 'UTC' }, isChannelAdmin: true };
  for (let i = 0; i < CHANNELS; i++) {
    await schedules.setSchedule(admin, { platform: 'discord', scope: `discord:g${i % 50}`, channelId: `c${i}` }, { time: '09:00', timeZone: 'UTC', windowHours: 8 });
  }
  const discord = fakeDiscord(sim);
  const scheduler = createScheduler({ store, bank: () => bank, clock, random: seededRandom(3), posters: { discord: discord.poster }, sleep: sim.sleep, postsPerSecond: { discord: postsPerSecond } });
  return { sim, store, discord, scheduler, dir };
}

/** Ticks once at `at`, then again whenever a retry falls due, until nothing is pending before `until`. */
async function runFrom(s: Awaited<ReturnType<typeof setUp>>, at: number, until: number): Promise<number> {
  let ticks = 0;
  let t = at;
  for (;;) {
    s.sim.advanceTo(t);
    await s.sim.run(s.scheduler.tick(s.sim.now()));
    ticks++;
    const next = await s.scheduler.nextDeliveryAt();
    if (next === null || next > until) return ticks;
    t = next;
  }
}

export async function benchSchedule(): Promise<Figure[]> {
  const bank = loadBank('content');
  const floor = (CHANNELS / LIMIT) * 1000;

  const paced = await setUp(bank, LIMIT);
  // Nothing due yet: what the minute sweep costs over 1,000 schedules (after one warm-up sweep).
  const sweeps: number[] = [];
  for (let i = 0; i < 21; i++) {
    const sweep = time(() => paced.scheduler.tick(T0 - 3_600_000 + i * 60_000));
    await sweep.value;
    if (i > 0) sweeps.push(sweep.ms);
  }
  sweeps.sort((a, b) => a - b);
  const started = performance.now();
  await runFrom(paced, T0, T0 + 3_600_000);
  const wallMs = performance.now() - started;
  const makespan = paced.discord.lastQuestionAt() - T0;
  // One sweep after every window has closed: all summaries due at once, paced like the questions.
  const lastClose = paced.store.sqlite.db.prepare('SELECT max(closes_at) FROM rounds').pluck().get() as number;
  await runFrom(paced, lastClose, lastClose + 3_600_000);
  const summaryMakespan = paced.discord.lastSummaryAt() - lastClose;
  const rows = paced.store.sqlite.db.prepare("SELECT count(*) FROM rounds WHERE status = 'closed'").pluck().get() as number;
  await paced.store.close();
  rmSync(paced.dir, { recursive: true, force: true });

  // For contrast: the same minute with no pacing, relying on retries after 429s.
  const unpaced = await setUp(bank, Infinity);
  await runFrom(unpaced, T0, T0 + 3_600_000);
  const unpacedFailed = unpaced.store.sqlite.db.prepare("SELECT count(*) FROM rounds WHERE status = 'failed'").pluck().get() as number;
  await unpaced.store.close();
  rmSync(unpaced.dir, { recursive: true, force: true });

  const allPosted = paced.discord.posted() === CHANNELS;
  return [
    { name: `rounds posted (${CHANNELS} channels at 09:00, fake Discord at ${LIMIT} req/s)`, value: `${paced.discord.posted()} / ${CHANNELS}`, goal: `all ${CHANNELS}`, ok: allPosted },
    { name: 'rounds posted twice', value: String(paced.discord.twice()), goal: '0', ok: paced.discord.twice() === 0 },
    { name: 'requests refused by the limit (429)', value: String(paced.discord.refused()), goal: '0', ok: paced.discord.refused() === 0 },
    {
      name: 'makespan, simulated (09:00:00 → last question posted, incl. its 80 ms round trip)',
      value: `${(makespan / 1000).toFixed(2)} s (floor ${(floor / 1000).toFixed(0)} s, +${(((makespan - floor) / floor) * 100).toFixed(1)} %)`,
      goal: `≤ ${((floor * 1.1) / 1000).toFixed(0)} s`,
      ok: allPosted && makespan <= floor * 1.1,
    },
    { name: 'summaries posted when the windows close', value: `${paced.discord.summaries()} / ${CHANNELS} in ${(summaryMakespan / 1000).toFixed(2)} s simulated, ${rows} rounds closed`, goal: `all ${CHANNELS}`, ok: paced.discord.summaries() === CHANNELS && rows === CHANNELS },
    { name: 'wall time to claim, pick questions for and post 1,000 rounds', value: fmt(wallMs) },
    { name: 'one sweep over 1,000 schedules with nothing due (median of 20)', value: fmt(sweeps[10]!) },
    { name: 'without pacing (contrast): 429s, rounds given up after 5 tries', value: `${unpaced.discord.refused()} refused, ${unpacedFailed} rounds failed, ${unpaced.discord.posted()} posted` },
  ];
}
