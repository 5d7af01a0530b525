/**
 * Runs the daily rounds. Every decision is made from the store in `tick(now)`: which occurrences are
 * due, which days were missed, which posts to retry and which windows closed. Triggers only wake it:
 * node-cron at each schedule's local time, a timer for the next known delivery, and a sweep every
 * minute (for times node-cron skips, and for changes made by another process). A round exists once per
 * channel and local date because the store inserts it under a unique key; a post is made by one process
 * at a time because each delivery is leased.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { findEntry } from '../bank/query.ts';
import type { Bank } from '../bank/schema.ts';
import { isPracticeError } from '../practice/errors.ts';
import { systemRandom, type Clock, type Random } from '../practice/ports.ts';
import type { RoundRow, ScheduleRow, Store, Tables } from '../store/index.ts';
import { RoundPostError, type Platform, type RoundPoster } from './contract.ts';
import { createRoundJobs } from './cron-jobs.ts';
import type { ScheduleLog } from './log.ts';
import { dueOccurrences, type Occurrence } from './occurrences.ts';
import { createPacer, type Pacer, type Sleep } from './pacer.ts';
import { roundQuestion } from './round-question.ts';
import { roundSummary } from './summary.ts';
import { channelOf } from './view.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Posts per second per platform: Discord allows 50 requests/s per bot; Slack a few hundred messages a minute per workspace. */
export const DEFAULT_POSTS_PER_SECOND: Record<Platform, number> = { discord: 50, slack: 5, terminal: Infinity };

/**
 * A process's pace when several share the platform's limit (share < 1): its share of it, less a tenth,
 * because the processes' pacers are not in step and the limit is counted per second across all of them.
 */
export function sharedPostsPerSecond(platform: Platform, share: number): number {
  return DEFAULT_POSTS_PER_SECOND[platform] * share * (share < 1 ? 0.9 : 1);
}

export type SchedulerOptions = {
  store: Store;
  bank: () => Bank;
  clock: Clock;
  random?: Random;
  log?: ScheduleLog;
  posters?: Partial<Record<Platform, RoundPoster>>;
  /** How paced posts wait; the bench passes simulated time. */
  sleep?: Sleep;
  /** A process that starts this long after a missed time still posts that round, late; later it skips the day. */
  graceHours?: number;
  postsPerSecond?: Partial<Record<Platform, number>>;
  /** Posts of one message before giving up on it. */
  maxTries?: number;
  /** The first retry waits this long, then twice as long each time (unless the platform says how long). */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** Rounds in a row that could not be posted before the schedule pauses itself. */
  pauseAfterFailedRounds?: number;
  /** How long a delivery is reserved for this process; must outlast the post queue. */
  leaseMs?: number;
  /** The safety sweep's period, and the longest the wake timer sleeps. */
  sweepMs?: number;
  /** Names this process in leases; unique per scheduler by default. */
  owner?: string;
};

export type TickReport = {
  posted: number;
  summarised: number;
  /** Days not posted: missed by more than the grace window, or nothing left to ask. */
  skipped: number;
  retrying: number;
  failed: number;
  /** Schedules paused after repeated failures. */
  paused: number;
};

export type Scheduler = {
  /** Rebuilds the jobs from the store (resolved once they run) and posts anything due now (a missed round within the grace window). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** After a schedule changed: jobs follow the store without a restart (resolved once they do). */
  reload(): Promise<void>;
  /** An adapter hands over its poster when it starts; the function returned takes it back (on shutdown). */
  registerPoster(platform: Platform, poster: RoundPoster): () => void;
  /** Everything due at `now`; resolves when its posts are done. Ticks never overlap. */
  tick(now?: number): Promise<TickReport>;
  /** When the next known delivery (retry or window end) falls; null when none is pending. */
  nextDeliveryAt(): Promise<number | null>;
  /** What runs: the platforms posted to and each schedule's next job fire (node-cron, in the schedule's zone). */
  status(): { started: boolean; platforms: Platform[]; jobs: Map<number, Date | null> };
};

type Failure = { retryable: boolean; retryAfterMs: number; message: string };

function failureOf(err: unknown): Failure {
  const text = (s: unknown) => String(s).replace(/\s+/g, ' ').slice(0, 300);
  if (err instanceof RoundPostError) {
    return { retryable: err.retryable, retryAfterMs: Math.max(0, (err.retryAfterSeconds ?? 0) * 1000), message: text(err.message) };
  }
  // A network error the adapter did not wrap may well pass on a second try.
  return { retryable: true, retryAfterMs: 0, message: text(err instanceof Error ? `${err.name}: ${err.message}` : err) };
}

const noReport = (): TickReport => ({ posted: 0, summarised: 0, skipped: 0, retrying: 0, failed: 0, paused: 0 });

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, log } = options;
  const random = options.random ?? systemRandom;
  const sleep: Sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  const grace = (options.graceHours ?? 2) * HOUR;
  const maxTries = options.maxTries ?? 5;
  const firstRetry = options.firstRetryMs ?? 30_000;
  const maxRetry = options.maxRetryMs ?? 10 * MINUTE;
  const pauseAfter = options.pauseAfterFailedRounds ?? 3;
  const leaseMs = options.leaseMs ?? 10 * MINUTE;
  const sweepMs = options.sweepMs ?? MINUTE;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  const posters = new Map<Platform, RoundPoster>(Object.entries(options.posters ?? {}) as [Platform, RoundPoster][]);
  const pacers = new Map<Platform, Pacer>();
  const pacerFor = (platform: Platform) => {
    let pacer = pacers.get(platform);
    if (!pacer) {
      const rate = options.postsPerSecond?.[platform] ?? DEFAULT_POSTS_PER_SECOND[platform];
      pacers.set(platform, (pacer = createPacer(rate, () => clock.now(), sleep)));
    }
    return pacer;
  };
  const platforms = () => [...posters.keys()];
  const laterOf = (now: number) => Math.max(now, clock.now());
  const retryDelay = (tries: number, failure: Failure) => Math.max(failure.retryAfterMs, Math.min(maxRetry, firstRetry * 2 ** (tries - 1)));

  async function scheduleFailed(scheduleId: number | null, message: string, report: TickReport): Promise<void> {
    if (scheduleId === null) return;
    const paused = await store.write(async (tx) => {
      const inRow = await tx.schedules.recordFailedRound(scheduleId);
      const schedule = await tx.schedules.byId(scheduleId);
      if (!schedule || schedule.status !== 'active' || inRow < pauseAfter) return false;
      const reason = `Paused automatically after ${inRow} rounds in a row could not be posted. Last error: ${message}. Check the bot can post in this channel, then resume.`;
      await tx.schedules.pause(scheduleId, reason, clock.now());
      return true;
    });
    if (paused) {
      report.paused++;
      log?.warn({ event: 'schedule-auto-paused', schedule: scheduleId, reason: message }, 'schedule paused after repeated posting failures');
      await syncJobs();
    }
  }

  /** Inserts the round (or the skipped day) for a due occurrence; the unique key lets one writer win. */
  async function claim(schedule: ScheduleRow, o: Occurrence, now: number, report: TickReport): Promise<RoundRow | null> {
    const channel = channelOf(schedule);
    const base = { scheduleId: schedule.id, ...channel, localDate: o.localDate, timeZone: schedule.timeZone, dueAt: o.dueAt, windowMinutes: schedule.windowMinutes, createdAt: now };
    const skip = async (tx: Tables, reason: string) => {
      const id = await tx.rounds.insert({ ...base, questionId: null, status: 'skipped', leaseOwner: null, leaseUntil: null, lastError: reason });
      if (id !== null) {
        report.skipped++;
        log?.warn({ event: 'round-skipped', round: id, schedule: schedule.id, platform: channel.platform, channel: channel.channelId, date: o.localDate, reason }, 'daily round skipped');
      }
      return null;
    };
    if (now - o.dueAt >= grace) {
      return store.write((tx) => skip(tx, `Not posted: the bot was not running between ${new Date(o.dueAt).toISOString()} and the end of the ${grace / HOUR} h grace window.`));
    }
    return store.write(async (tx) => {
      let questionId: string;
      try {
        questionId = roundQuestion(options.bank(), schedule.filters, await tx.rounds.usage(channel), random).id;
      } catch (err) {
        if (!isPracticeError(err)) throw err;
        return skip(tx, `No question to ask: ${err.userMessage}`);
      }
      // Another process (or host) claiming the same date loses here: the unique key lets one insert win.
      const id = await tx.rounds.insert({ ...base, questionId, status: 'posting', leaseOwner: owner, leaseUntil: now + leaseMs, lastError: null });
      return id === null ? null : (await tx.rounds.byId(id))!;
    });
  }

  /**
   * A post failed: retry later with backoff (never before the platform's Retry-After, which also holds
   * every other post to that platform), or give up after `maxTries` or at `deadline`. A round given up
   * counts toward pausing its schedule.
   */
  async function deliveryFailed(kind: 'post' | 'summary', round: RoundRow, err: unknown, pacer: Pacer, at: number, deadline: number, report: TickReport): Promise<void> {
    const failure = failureOf(err);
    if (failure.retryAfterMs > 0) pacer.holdUntil(at + failure.retryAfterMs);
    const tries = round.tries + 1;
    const nextTry = at + retryDelay(tries, failure);
    const fields = { round: round.id, platform: round.platform, channel: round.channelId, tries, error: failure.message };
    if (failure.retryable && tries < maxTries && nextTry < deadline) {
      await store.rounds.retryLater(round.id, owner, tries, nextTry, failure.message);
      report.retrying++;
      log?.warn({ event: `round-${kind}-retry`, ...fields, retryAt: new Date(nextTry).toISOString() }, `daily round ${kind} failed; will retry`);
      return;
    }
    await (kind === 'post' ? store.rounds.endPosting(round.id, owner, 'failed', failure.message, at) : store.rounds.markClosed(round.id, owner, null, failure.message));
    report.failed++;
    log?.error({ event: `round-${kind}-failed`, ...fields }, `daily round ${kind} failed; giving up on it`);
    await scheduleFailed(round.scheduleId, failure.message, report);
  }

  async function postQuestion(round: RoundRow, now: number, report: TickReport): Promise<void> {
    const poster = posters.get(round.platform as Platform);
    // Its adapter stopped since the lease: the lease runs out and whoever posts for the platform takes it.
    if (!poster) return;
    const entry = round.questionId === null ? undefined : findEntry(options.bank(), round.questionId);
    if (!entry) {
      const reason = `question ${round.questionId} is no longer in the bank`;
      await store.rounds.endPosting(round.id, owner, 'skipped', reason, now);
      report.skipped++;
      log?.warn({ event: 'round-skipped', round: round.id, reason }, 'daily round skipped');
      return;
    }
    const pacer = pacerFor(round.platform as Platform);
    await pacer.take();
    const at = laterOf(now);
    const closesAt = at + round.windowMinutes * MINUTE;
    try {
      await poster.postQuestion({ roundId: round.id, channel: channelOf(round), entry, localDate: round.localDate, opensAt: new Date(at), closesAt: new Date(closesAt) });
    } catch (err) {
      // The question is owed only within the grace window; past it the day is given up.
      await deliveryFailed('post', round, err, pacer, laterOf(now), round.dueAt + grace, report);
      return;
    }
    await store.write(async (tx) => {
      await tx.rounds.markOpen(round.id, owner, at, closesAt);
      if (round.scheduleId !== null) await tx.schedules.recordPostedRound(round.scheduleId);
    });
    report.posted++;
    log?.info({ event: 'round-posted', round: round.id, platform: round.platform, channel: round.channelId, question: round.questionId, date: round.localDate, lateMs: at - round.dueAt }, 'daily round posted');
  }

  async function postSummary(round: RoundRow, now: number, report: TickReport): Promise<void> {
    const poster = posters.get(round.platform as Platform);
    if (!poster) return;
    const summary = roundSummary(round, findEntry(options.bank(), round.questionId ?? ''), await store.rounds.results(round.id, round.questionId ?? '', round.openedAt!, round.closesAt!));
    const pacer = pacerFor(round.platform as Platform);
    await pacer.take();
    try {
      await poster.postSummary(summary);
    } catch (err) {
      await deliveryFailed('summary', round, err, pacer, laterOf(now), Infinity, report);
      return;
    }
    await store.rounds.markClosed(round.id, owner, laterOf(now), null);
    report.summarised++;
    log?.info({ event: 'round-summarised', round: round.id, platform: round.platform, channel: round.channelId, participants: summary.participants }, 'round summary posted');
  }

  /** Runs a step and logs what it threw: one bad schedule or round never stops the others. */
  async function guarded<T>(event: string, fields: object, fn: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      log?.error({ event, ...fields, err }, 'daily rounds step failed');
      return undefined;
    }
  }

  /** `sweep`: also look at every schedule for due times (cron, the minute sweep, tests); without it only deliveries. */
  async function runTick(now: number, sweep: boolean): Promise<TickReport> {
    const report = noReport();
    const mine = platforms();
    if (mine.length === 0) return report;
    // Questions nobody managed to post within the grace window are given up first, so they are not leased below.
    for (const round of (await guarded('round-stale-failed', {}, () => store.rounds.stale(mine, now - grace, now))) ?? []) {
      await guarded('round-stale-failed', { round: round.id }, async () => {
        const status = round.tries > 0 ? 'failed' : 'skipped';
        const reason = round.tries > 0 ? `not posted within the grace window; last error: ${round.lastError}` : 'not posted within the grace window (the posting process stopped)';
        if (!(await store.rounds.endPosting(round.id, null, status, reason, now))) return;
        if (status === 'failed') {
          report.failed++;
          await scheduleFailed(round.scheduleId, round.lastError ?? 'unknown error', report);
        } else report.skipped++;
        log?.warn({ event: `round-${status}`, round: round.id, reason }, 'daily round not posted');
      });
    }
    const post = (kind: string, round: RoundRow, fn: () => Promise<void>) =>
      fn().catch((err: unknown) => log?.error({ event: `round-${kind}-error`, round: round.id, err }, 'daily round post failed unexpectedly'));
    // A claimed round starts on its way at once (paced), while the claiming goes on: with a thousand
    // channels due and other processes claiming too, posting does not wait for the last claim.
    const posting: Promise<void>[] = [];
    const postNow = (round: RoundRow) => posting.push(post('question', round, () => postQuestion(round, now, report)));
    const schedules = sweep ? ((await guarded('round-schedules-failed', {}, () => store.schedules.active())) ?? []) : [];
    // Channels mostly share a few (time, zone, days): their occurrences are worked out once per tick.
    const due = new Map<string, Occurrence[]>();
    const dueFor = (s: ScheduleRow) => {
      const key = `${s.time} ${s.timeZone} ${s.weekdays}`;
      let found = due.get(key);
      if (!found) due.set(key, (found = dueOccurrences(s, now)));
      return found;
    };
    for (const schedule of schedules) {
      if (!posters.has(schedule.platform as Platform)) continue;
      await guarded('round-claim-failed', { schedule: schedule.id }, async () => {
        const channel = channelOf(schedule);
        for (const o of dueFor(schedule)) {
          // Times before the schedule was set or resumed are not owed; taken dates need no write at all.
          if (o.dueAt < schedule.activeFrom || (await store.rounds.exists(channel, o.localDate))) continue;
          const round = await claim(schedule, o, now, report);
          if (round) postNow(round);
        }
      });
    }
    for (const round of (await guarded('round-lease-failed', {}, () => store.rounds.leaseQuestions(mine, owner, now, now + leaseMs))) ?? []) postNow(round);
    const summaries = (await guarded('round-lease-failed', {}, () => store.rounds.leaseSummaries(mine, owner, now, now + leaseMs))) ?? [];
    await Promise.all([...posting, ...summaries.map((r) => post('summary', r, () => postSummary(r, now, report)))]);
    return report;
  }

  // Ticks run one at a time; triggers that arrive meanwhile (a thousand jobs at 09:00) fold into one more.
  let running: Promise<TickReport> | null = null;
  let again = false;
  let sweepWanted = false;
  let lastSweep = -Infinity;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  const jobs = createRoundJobs(() => trigger(), log);

  // One sync at a time, each reading the store after the one before: the latest change always wins.
  let syncing: Promise<unknown> = Promise.resolve();
  function syncJobs(): Promise<void> {
    const next = syncing.then(() =>
      guarded('round-jobs-failed', {}, async () => {
        if (!started) return;
        const active = await store.schedules.active();
        // Stopped meanwhile: no jobs may start after stop().
        if (started) jobs.sync(active.filter((s) => posters.has(s.platform as Platform)));
      }),
    );
    syncing = next;
    return next.then(() => undefined);
  }

  async function armTimer(): Promise<void> {
    clearTimeout(timer);
    if (!started) return;
    const next = (await guarded('round-wake-failed', {}, () => store.rounds.nextWake(platforms()))) ?? null;
    clearTimeout(timer);
    if (!started) return;
    const now = clock.now();
    const sweepAt = lastSweep + sweepMs;
    const at = next === null ? sweepAt : Math.min(next, sweepAt);
    // Woken for a delivery only deliveries run; the sweep over every schedule comes once a period.
    const sweep = at >= sweepAt;
    timer = setTimeout(() => {
      if (sweep) void syncJobs();
      void trigger(undefined, sweep);
    }, Math.max(0, at - now));
    timer.unref();
  }

  async function drain(first: number | undefined): Promise<TickReport> {
    const total = noReport();
    let now = first;
    do {
      again = false;
      const sweep = sweepWanted;
      sweepWanted = false;
      try {
        const at = now ?? clock.now();
        if (sweep) lastSweep = at;
        const r = await runTick(at, sweep);
        for (const k of Object.keys(total) as (keyof TickReport)[]) total[k] += r[k];
      } catch (err) {
        log?.error({ event: 'round-tick-failed', err }, 'daily rounds tick failed');
      }
      now = undefined;
    } while (again);
    return total;
  }

  function trigger(now?: number, sweep = true): Promise<TickReport> {
    sweepWanted ||= sweep;
    if (running) {
      again = true;
      return running;
    }
    running = drain(now).finally(() => {
      running = null;
      // A throw here would reject a promise nobody awaits (cron callbacks ignore it): Node would exit.
      void guarded('round-wake-failed', {}, armTimer);
    });
    return running;
  }

  async function reload(): Promise<void> {
    if (started) void trigger();
    await syncJobs();
  }

  return {
    async start() {
      if (started) return;
      started = true;
      void trigger();
      await syncJobs();
      log?.info({ event: 'scheduler-started', platforms: platforms(), jobs: jobs.size() }, 'daily rounds started');
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      jobs.stopAll();
      await running;
    },
    reload,
    registerPoster(platform, poster) {
      posters.set(platform, poster);
      void reload();
      return () => {
        if (posters.get(platform) !== poster) return;
        posters.delete(platform);
        void syncJobs();
      };
    },
    async tick(now?: number) {
      while (running) await running;
      return trigger(now ?? clock.now());
    },
    nextDeliveryAt: () => store.rounds.nextWake(platforms()),
    status: () => ({ started, platforms: platforms(), jobs: jobs.nextFires() }),
  };
}
