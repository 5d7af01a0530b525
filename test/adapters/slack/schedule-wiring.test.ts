import { describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import type { RoundPoster, Schedules } from '../../../src/schedule/contract.ts';
import { scheduleWiring } from '../../../adapters/slack/schedule-wiring.ts';

const poster: RoundPoster = { postQuestion: async () => {}, postSummary: async () => {} };

describe('scheduleWiring', () => {
  it('finds no daily rounds on an App without them', () => {
    const wiring = scheduleWiring({} as App);
    expect(wiring.schedules).toBeNull();
    expect(() => wiring.attach(poster)()).not.toThrow();
  });

  it('uses the App’s schedules and registers the poster for slack when the App carries them', () => {
    const schedules = { listSchedules: () => [] } as unknown as Schedules;
    const registered: [string, RoundPoster][] = [];
    const app = { schedules, scheduler: { registerPoster: (p: string, r: RoundPoster) => registered.push([p, r]) } } as unknown as App;
    const wiring = scheduleWiring(app);
    expect(wiring.schedules).toBe(schedules);
    wiring.attach(poster);
    expect(registered).toEqual([['slack', poster]]);
  });
});
