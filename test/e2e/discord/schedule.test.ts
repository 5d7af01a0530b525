/**
 * `/schedule` through the real discord.js client and the App's real Schedules use cases: refused
 * without Manage Server (whatever Discord's command permissions let through), accepted with it.
 * Skipped while the scheduler (issue 7) is not wired into the App (adapters/discord/schedule-wiring.ts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleWiring } from '../../../adapters/discord/schedule-wiring.ts';
import { openApp } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';
import { ADA, BOT_PERMISSIONS, command, interact, PERMISSIONS, startBot, str, type Bot, type Person } from './bot.ts';
import { GUILD_ID as GUILD } from './fake-discord.ts';

const ADMIN: Person = { id: '600000000000000010', name: 'Admin', permissions: PERMISSIONS.ManageGuild };
const EPHEMERAL = 64;
const set = (options = [str('time', '09:00'), str('timezone', 'Asia/Shanghai'), str('days', 'mon-fri')]) => [{ name: 'set', type: 1, options }] as any;

let bot: Bot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

describe('/schedule', () => {
  it('says so when daily rounds are not switched on, and otherwise runs the tests below', async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', [{ name: 'list', type: 1, options: [] } as any]));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    if (bot.running.context.schedules === null) expect(callback.body.data.content).toMatch(/not switched on/);
    else expect(callback.body.data.embeds[0].title).toBe('Daily rounds in this server');
  });

  describe.skipIf(!hasSchedules())('with the scheduler', () => {
    it('refuses a member without Manage Server and changes nothing', async () => {
      const { callback } = await interact(bot.fake, command(ADA, 'schedule', set()));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/Manage Server/);
      expect(bot.running.context.schedules!.listSchedules(`discord:${GUILD}`)).toEqual([]);
    });

    it('refuses when the bot could not post in the channel, naming the permission', async () => {
      const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', set(), { app_permissions: String(BOT_PERMISSIONS & ~PERMISSIONS.SendMessages) }));
      expect(callback.body.data.content).toMatch(/missing Send Messages/);
    });

    it('accepts a Manage Server member and shows the next run', async () => {
      const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', set()));
      const embed = callback.body.data.embeds[0];
      expect(embed.title).toBe('Daily round scheduled');
      expect(embed.description).toMatch(/09:00 Asia\/Shanghai, Monday to Friday · open 8 h · next <t:\d+:f>/);
      const [view] = bot.running.context.schedules!.listSchedules(`discord:${GUILD}`);
      expect(view).toMatchObject({ time: '09:00', timeZone: 'Asia/Shanghai', weekdays: [1, 2, 3, 4, 5], status: 'active' });
    });

    it('pauses, lists and deletes', async () => {
      const paused = await interact(bot.fake, command(ADMIN, 'schedule', [{ name: 'pause', type: 1, options: [] } as any]));
      expect(paused.callback.body.data.embeds[0].title).toBe('Daily round paused');
      const bad = await interact(bot.fake, command(ADMIN, 'schedule', set([str('time', '25:99')])));
      expect(bad.callback.body.data.content).not.toMatch(/wrong on my side/);
      const gone = await interact(bot.fake, command(ADMIN, 'schedule', [{ name: 'delete', type: 1, options: [] } as any]));
      expect(gone.callback.body.data.content).toMatch(/deleted/);
      expect(bot.running.context.schedules!.listSchedules(`discord:${GUILD}`)).toEqual([]);
    });
  });
});

/** Whether the App wires daily rounds yet: decided before the bot starts, so describe.skipIf can use it. */
function hasSchedules(): boolean {
  const app = openApp(parseConfig({ DATABASE_PATH: join(tempDir('coach-wired-'), 'coach.db'), BANK_PATH: CONTENT }), { logLevel: 'silent', longRunning: false });
  try {
    return scheduleWiring(app).schedules !== null;
  } finally {
    app.close();
  }
}
