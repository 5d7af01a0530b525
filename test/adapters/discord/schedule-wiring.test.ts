/** The wiring point reads daily rounds from the App once the composition root puts them there. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleWiring } from '../../../adapters/discord/schedule-wiring.ts';
import { openApp, type App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import { systemClock } from '../../../src/practice/index.ts';
import type { Platform, RoundPoster } from '../../../src/schedule/contract.ts';
import { createSchedules } from '../../../src/schedule/index.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';

let app: App | undefined;
afterEach(() => app?.close());

const open = () => (app = openApp(parseConfig({ DATABASE_PATH: join(tempDir('coach-wiring-'), 'coach.db'), BANK_PATH: CONTENT }), { logLevel: 'silent', longRunning: false }));
const poster: RoundPoster = { postQuestion: async () => {}, postSummary: async () => {} };

describe('scheduleWiring', () => {
  it('hands the poster to the App’s scheduler for Discord and exposes its Schedules', () => {
    const a = open();
    const registered: [Platform, RoundPoster][] = [];
    const schedules = createSchedules({ store: a.store, bank: () => a.bank.bank, clock: systemClock });
    const wiring = scheduleWiring(Object.assign(a, { schedules, scheduler: { registerPoster: (p: Platform, r: RoundPoster) => void registered.push([p, r]) } }));
    expect(wiring.schedules).toBe(schedules);
    wiring.attach(poster)();
    expect(registered).toEqual([['discord', poster]]);
  });

  it('says rounds are off when the App has none', () => {
    const wiring = scheduleWiring({ ...open(), schedules: undefined, scheduler: undefined } as unknown as App);
    expect(wiring.schedules).toBeNull();
    expect(() => wiring.attach(poster)()).not.toThrow();
  });
});
