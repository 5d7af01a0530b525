/**
 * WIRING POINT for daily rounds: the one place this adapter learns about the scheduler (issue 7).
 * The scheduler is being built alongside this adapter; until the App exposes its Schedules use cases
 * and a way to register a RoundPoster, `/coach schedule` answers that rounds are not switched on and
 * the poster (createRoundPoster) is built but not attached. When src/schedule lands, only this file changes.
 */
import type { App } from '../../src/app.ts';
import type { RoundPoster, Schedules } from '../../src/schedule/contract.ts';

export type ScheduleWiring = {
  schedules: Schedules | null;
  /** Hands the poster to the scheduler; returns how to take it back on shutdown. */
  attach(poster: RoundPoster): () => void;
};

export function scheduleWiring(_app: App): ScheduleWiring {
  return { schedules: null, attach: () => () => {} };
}
