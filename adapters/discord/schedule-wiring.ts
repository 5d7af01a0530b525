/**
 * WIRING POINT for daily rounds — the one place this adapter learns about the scheduler (issue 7): the
 * App composes the Schedules use cases and the scheduler; the adapter calls the former and hands its
 * RoundPoster to the latter when it starts (runBots starts the scheduler after every adapter did).
 */
import type { App } from '../../src/app.ts';
import type { RoundPoster, Schedules } from '../../src/schedule/contract.ts';

export type ScheduleWiring = {
  schedules: Schedules | null;
  /** Hands the poster to the scheduler; returns how to take it back on shutdown. */
  attach(poster: RoundPoster): () => void;
};

export function scheduleWiring(app: App): ScheduleWiring {
  return {
    schedules: app.schedules,
    attach(poster) {
      app.scheduler.registerPoster('discord', poster);
      // runBots stops the scheduler before the adapters, and it has no unregister: nothing to undo.
      return () => {};
    },
  };
}
