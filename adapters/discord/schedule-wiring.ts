/**
 * WIRING POINT for daily rounds — the one place this adapter learns about the scheduler (issue 7).
 * src/schedule has createSchedules and createScheduler (with registerPoster), but when this was written
 * the App (src/app.ts) did not compose them yet. So this reads them from the App under the names below
 * (the same the Slack adapter expects) when they are there; otherwise /schedule answers that daily
 * rounds are not switched on and the poster stays unattached. When the App has them, only this file changes.
 */
import type { App } from '../../src/app.ts';
import type { Platform, RoundPoster, Schedules } from '../../src/schedule/contract.ts';

export type ScheduleWiring = {
  schedules: Schedules | null;
  /** Hands the poster to the scheduler; returns how to take it back on shutdown. */
  attach(poster: RoundPoster): () => void;
};

/** What the App is expected to carry once daily rounds are composed in (not in its type yet). */
type AppWithRounds = App & { schedules?: Schedules; scheduler?: { registerPoster(platform: Platform, poster: RoundPoster): void } };

export function scheduleWiring(app: App): ScheduleWiring {
  const rounds = app as AppWithRounds;
  return {
    schedules: rounds.schedules ?? null,
    attach(poster) {
      rounds.scheduler?.registerPoster('discord', poster);
      // The scheduler stops with the App and has no unregister; the client is gone by then anyway.
      return () => {};
    },
  };
}
