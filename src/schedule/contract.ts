/**
 * The contract between daily rounds (src/schedule, issue 7) and the chat adapters (issues 8, 9).
 * Adapters implement RoundPoster and call the Schedules use cases; they never touch node-cron or SQL.
 */
import type { Entry } from '../bank/schema.ts';
import type { PracticeUser } from '../practice/types.ts';

export type Platform = 'discord' | 'slack' | 'terminal';

/** A channel on a platform: scope is the leaderboard scope ('discord:<guild>', 'slack:<team>'). */
export type ChannelRef = { platform: Platform; scope: string; channelId: string };

export type ScheduleFilters = { difficulty?: string; phase?: string; stakeholder?: string };

/** What an admin asks for: `09:00 Asia/Shanghai`, optionally weekdays (0 = Sunday … 6), filters, window. */
export type ScheduleInput = {
  time: string;
  timeZone: string;
  weekdays?: number[];
  filters?: ScheduleFilters;
  /** Answer window in hours; default 8. */
  windowHours?: number;
};

export type ScheduleView = {
  id: number;
  channel: ChannelRef;
  time: string;
  timeZone: string;
  weekdays: number[];
  filters: ScheduleFilters;
  windowHours: number;
  status: 'active' | 'paused';
  /** Why it is paused: by whom, or after repeated posting failures (and the last error). */
  pausedReason: string | null;
  /** Next scheduled post, ISO 8601 with offset, in the schedule's time zone; null when paused. */
  nextRunAt: string | null;
};

/** The adapter says who is calling and whether the platform considers them a channel admin. */
export type Caller = { user: PracticeUser; isChannelAdmin: boolean };

export type RoundQuestion = {
  roundId: number;
  channel: ChannelRef;
  entry: Entry;
  /** The local date in the schedule's zone, e.g. 2026-11-25: one round per channel and date. */
  localDate: string;
  opensAt: Date;
  closesAt: Date;
};

export type RoundSummary = {
  roundId: number;
  channel: ChannelRef;
  questionId: string;
  question: string;
  participants: number;
  /** Average total of the round's attempts (best per participant); null with no participants. */
  average: number | null;
  /** Up to three, best first; a name only for users who opted in to show it. */
  top: { displayName: string | null; total: number }[];
  keyInsight: string;
  /** The constraint most participants missed, e.g. `Operational: 99.95% uptime`. */
  mostMissedConstraint: string | null;
};

/**
 * Implemented by each chat adapter. Throwing RoundPostError with `retryable` tells the scheduler whether
 * to back off and retry (rate limited, 5xx) or count a hard failure (channel gone, missing permission).
 */
export interface RoundPoster {
  postQuestion(round: RoundQuestion): Promise<void>;
  postSummary(summary: RoundSummary): Promise<void>;
}

export class RoundPostError extends Error {
  override name = 'RoundPostError';
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Seconds the platform asked us to wait (Retry-After), if it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export type ScheduleErrorCode = 'not-admin' | 'invalid-time' | 'invalid-time-zone' | 'invalid-weekdays' | 'invalid-window' | 'invalid-filter' | 'no-schedule';

/** A refused schedule change, with a message safe to show as it is. */
export class ScheduleError extends Error {
  override name = 'ScheduleError';
  constructor(
    readonly code: ScheduleErrorCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

/** The use cases adapters call. Changes take effect in the running scheduler without a restart. */
export type Schedules = {
  setSchedule(caller: Caller, channel: ChannelRef, input: ScheduleInput): Promise<ScheduleView>;
  pauseSchedule(caller: Caller, channel: ChannelRef, paused: boolean): Promise<ScheduleView>;
  listSchedules(scope: string, channelId?: string): Promise<ScheduleView[]>;
  deleteSchedule(caller: Caller, channel: ChannelRef): Promise<void>;
  /** The round open in a channel now, if any: an adapter passes its id with answers to its question. */
  openRound(channel: ChannelRef): Promise<{ roundId: number; questionId: string; closesAt: Date } | null>;
  /** A round by id (for Answer buttons on round messages): null when unknown. */
  round(roundId: number): Promise<{ roundId: number; questionId: string; channel: ChannelRef; closesAt: Date; open: boolean } | null>;
};
