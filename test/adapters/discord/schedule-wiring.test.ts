/** The wiring point takes daily rounds from the App and hands the Discord poster to its scheduler. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleWiring } from '../../../adapters/discord/schedule-wiring.ts';
import { openApp, type App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import type { RoundPoster } from '../../../src/schedule/contract.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';

let app: App | undefined;
afterEach(async () => {
  await app?.scheduler.stop();
  await app?.close();
});

describe('scheduleWiring', () => {
  it("exposes the App's Schedules and registers the poster for Discord with its scheduler", async () => {
    app = await openApp(parseConfig({ DATABASE_PATH: join(tempDir('coach-wiring-'), 'coach.db'), BANK_PATH: CONTENT }), { logLevel: 'silent', longRunning: false });
    const poster: RoundPoster = { postQuestion: async () => {}, postSummary: async () => {} };
    const wiring = scheduleWiring(app);
    expect(wiring.schedules).toBe(app.schedules);
    expect(app.scheduler.status().platforms).toEqual([]);
    wiring.attach(poster)();
    expect(app.scheduler.status().platforms).toEqual(['discord']);
  });
});
