import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { CONTENT, tempDir } from '../helpers/paths.ts';
import { fakeClock } from '../helpers/practice.ts';
import { admin, channel, HOUR, recordingPoster } from './harness.ts';

describe('daily rounds in the App', () => {
  it('exposes the Schedules use cases and lets an adapter register, then take back, its poster', async () => {
    const NINE = Date.UTC(2025, 0, 7, 9);
    const clock = fakeClock(NINE - 20 * HOUR);
    const app = await openApp(parseConfig({ DATABASE_PATH: join(tempDir('coach-app-rounds-'), 'coach.db'), BANK_PATH: CONTENT, DEFAULT_TIME_ZONE: 'UTC' }), {
      clock,
      logLevel: 'silent',
      longRunning: false,
    });
    try {
      await app.schedules.setSchedule(admin(), channel('a'), { time: '09:00', timeZone: 'UTC' });
      await app.schedules.setSchedule(admin(), channel('b'), { time: '10:00', timeZone: 'UTC' });
      const discord = recordingPoster();
      const unregister = app.scheduler.registerPoster('discord', discord.poster);
      clock.set(NINE);
      await app.scheduler.tick(NINE);
      expect(discord.questions.map((q) => q.channel.channelId)).toEqual(['a']);
      expect((await app.schedules.openRound(channel("a")))?.roundId).toBe(discord.questions[0]!.roundId);
      unregister();
      clock.set(NINE + HOUR);
      await app.scheduler.tick(NINE + HOUR);
      expect(discord.questions).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
