import { afterEach } from 'vitest';
/** Daily rounds on a temp SQLite file: the real store, schedules and scheduler; a clock and posters the test drives. */
import { join } from 'node:path';
import type { Bank } from '../../src/bank/schema.ts';
import { createPractice, seededRandom, type PracticeUser } from '../../src/practice/index.ts';
import { createScheduler, createSchedules, RoundPostError, type Caller, type ChannelRef, type RoundPoster, type RoundQuestion, type RoundSummary, type SchedulerOptions } from '../../src/schedule/index.ts';
import type { ScoreReport } from '../../src/scoring/report.ts';
import { openSqlite, sqliteStore, type SqliteStore, type Store } from '../../src/store/index.ts';
import { tempDir } from '../helpers/paths.ts';
import { fakeClock, fixtureBank, steeredReport } from '../helpers/practice.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export type LogLine = { level: 'info' | 'warn' | 'error'; event?: string } & Record<string, unknown>;

export function memoryLog() {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (fields: object) => void lines.push({ level, ...(fields as Record<string, unknown>) });
  return { lines, info: at('info'), warn: at('warn'), error: at('error'), events: () => lines.map((l) => l.event) };
}

/** A poster that records what it was asked to post, and throws what `failWith`'s factory returns. */
export function recordingPoster() {
  const questions: (RoundQuestion & { at: number })[] = [];
  const summaries: RoundSummary[] = [];
  const attempts: number[] = [];
  const state: { failure: (() => unknown) | null; now: () => number } = { failure: null, now: () => Date.now() };
  // The factory may decide per call: null or undefined lets the post through.
  const failIfAsked = () => {
    const failure = state.failure?.();
    if (failure !== null && failure !== undefined) throw failure;
  };
  const poster: RoundPoster = {
    async postQuestion(round) {
      attempts.push(state.now());
      failIfAsked();
      questions.push({ ...round, at: state.now() });
    },
    async postSummary(summary) {
      failIfAsked();
      summaries.push(summary);
    },
  };
  return {
    poster,
    questions,
    summaries,
    attempts,
    failWith(make: (() => unknown) | null) {
      state.failure = make;
    },
    clock(now: () => number) {
      state.now = now;
    },
  };
}

export const rateLimited = (seconds?: number) => () => new RoundPostError('rate limited', true, seconds);
export const missingAccess = () => () => new RoundPostError('Missing Access', false);

export const channel = (id = 'c1', platform: ChannelRef['platform'] = 'discord', scope = 'discord:g1'): ChannelRef => ({ platform, scope, channelId: id });

export const person = (name: string, timeZone = 'UTC'): PracticeUser => ({ platform: 'discord', platformUserId: name, displayName: name[0]!.toUpperCase() + name.slice(1), timeZone });

export const admin = (name = 'ada'): Caller => ({ user: person(name), isChannelAdmin: true });
export const member = (name = 'bob'): Caller => ({ user: person(name), isChannelAdmin: false });

/**
 * The steered scorer of the practice tests, plus `missed=A|B` to set the constraints the answer missed
 * (`Business: <100ms SLA (you said 200ms)` style suffixes included).
 */
export function roundReport(entry: Parameters<typeof steeredReport>[0], text: string): ScoreReport {
  const report = steeredReport(entry, text);
  const m = /missed=([^\n]*)/.exec(text);
  const missed = m ? m[1]!.split('|').map((s) => s.trim()).filter(Boolean) : [];
  return { ...report, dimensions: { ...report.dimensions, constraints: { ...report.dimensions.constraints, missed } } };
}

export type RoundsOptions = { start?: number; dbPath?: string; bank?: Bank; scheduler?: Partial<SchedulerOptions>; seed?: number; store?: Store };

/** One process's view: a store on the file, the use cases, a scheduler with a recording Discord poster. */
export function rounds(options: RoundsOptions = {}) {
  const dbPath = options.dbPath ?? join(tempDir('coach-rounds-'), 'coach.db');
  const store = options.store ?? sqliteStore(openSqlite(dbPath));
  const clock = fakeClock(options.start);
  const bank = options.bank ?? fixtureBank();
  const log = memoryLog();
  const discord = recordingPoster();
  discord.clock(clock.now);
  const scheduler = createScheduler({
    store,
    bank: () => bank,
    clock,
    random: seededRandom(options.seed ?? 7),
    log,
    posters: { discord: discord.poster },
    // Pacing has its own test and the bench; here posts go at once so times stay exact.
    postsPerSecond: { discord: Infinity },
    sleep: async (ms) => clock.advance(ms),
    ...options.scheduler,
  });
  const schedules = createSchedules({ store, bank: () => bank, clock, log, onChange: () => scheduler.reload() });
  const practice = createPractice({ store, bank: () => bank, scorerFor: () => ({ score: roundReport, scoreFollowUp: (entry, n, text) => ({ ...roundReport(entry, text), followUp: n }) }), clock, random: seededRandom(1) });
  /** Ticks at every step from `from` to `to` (inclusive), the way the jobs and sweep would; twice each, as node-cron may. */
  async function run(from: number, to: number, step = MINUTE) {
    for (let t = from; t <= to; t += step) {
      clock.set(t);
      await scheduler.tick(t);
      await scheduler.tick(t);
    }
  }
  /** The SQLite connection underneath, for tests that look at rows directly (undefined on PostgreSQL). */
  const db = 'sqlite' in store ? (store as SqliteStore).sqlite.db : undefined!;
  return { dbPath, store, db, clock, bank, log, discord, scheduler, schedules, practice, run, close: () => store.close() };
}

/** Sets a schedule as if it had been set long ago (so its earlier times are owed). */
export async function setEarlier(r: ReturnType<typeof rounds>, at: number, ch: ChannelRef, input: Parameters<ReturnType<typeof createSchedules>['setSchedule']>[2]) {
  const now = r.clock.now();
  r.clock.set(at);
  const view = await r.schedules.setSchedule(admin(), ch, input);
  r.clock.set(now);
  return view;
}

/** `rounds()` for a test file: every set made with the returned function is closed after each test. */
export function roundsClosedAfterEach(): (...args: Parameters<typeof rounds>) => ReturnType<typeof rounds> {
  let open: ReturnType<typeof rounds>[] = [];
  afterEach(async () => {
    await Promise.all(open.map((r) => r.close()));
    open = [];
  });
  return (...args) => {
    const r = rounds(...args);
    open.push(r);
    return r;
  };
}
