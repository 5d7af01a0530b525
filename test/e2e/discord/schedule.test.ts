/**
 * `/schedule` through the real discord.js client and the App's real Schedules use cases on the bot's
 * SQLite file: refused without Manage Server (whatever Discord's command permissions let through) or
 * when the bot cannot post in the channel, accepted with both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADA, BOT_PERMISSIONS, command, interact, PERMISSIONS, startBot, str, type Bot, type Person } from './bot.ts';
import { GUILD_ID } from './fake-discord.ts';

const ADMIN: Person = { id: '600000000000000010', name: 'Admin', permissions: PERMISSIONS.ManageGuild };
const EPHEMERAL = 64;
const SCOPE = `discord:${GUILD_ID}`;
const subcommand = (name: string, options: unknown[] = []) => [{ name, type: 1, options }] as any;
const set = (options = [str('time', '09:00'), str('timezone', 'Asia/Shanghai'), str('days', 'mon-fri')]) => subcommand('set', options);

let bot: Bot;
beforeAll(async () => {
  // The App's own Schedules, through the adapter's wiring point, as `npm start` runs them.
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

describe('/schedule with the real use cases', () => {
  it('refuses a member without Manage Server and changes nothing', async () => {
    const { callback } = await interact(bot.fake, command(ADA, 'schedule', set()));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(/Manage Server/);
    expect(await bot.running.context.schedules!.listSchedules(SCOPE)).toEqual([]);
  });

  it('refuses when the bot could not post in the channel, naming the permission', async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', set(), { app_permissions: String(BOT_PERMISSIONS & ~PERMISSIONS.SendMessages) }));
    expect(callback.body.data.content).toMatch(/missing Send Messages/);
    expect(await bot.running.context.schedules!.listSchedules(SCOPE)).toEqual([]);
  });

  it('accepts a Manage Server member and shows the next run', async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', set()));
    const embed = callback.body.data.embeds[0];
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embed.title).toBe('Daily round scheduled');
    expect(embed.description).toMatch(/09:00 Asia\/Shanghai, Monday to Friday · open 8 h · next <t:\d+:f>/);
    const [view] = await bot.running.context.schedules!.listSchedules(SCOPE);
    expect(view).toMatchObject({ time: '09:00', timeZone: 'Asia/Shanghai', weekdays: [1, 2, 3, 4, 5], status: 'active' });
  });

  it("shows the core's refusal of a bad time as it is", async () => {
    const { callback } = await interact(bot.fake, command(ADMIN, 'schedule', set([str('time', '25:99')])));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(/25:99/);
    expect(callback.body.data.content).not.toMatch(/wrong on my side/);
  });

  it('pauses, lists and deletes', async () => {
    const paused = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('pause')));
    expect(paused.callback.body.data.embeds[0].title).toBe('Daily round paused');
    expect(paused.callback.body.data.embeds[0].description).toMatch(/· paused: Paused by Admin/);
    const list = await interact(bot.fake, command(ADA, 'schedule', subcommand('list')));
    expect(list.callback.body.data.embeds[0].description).toMatch(/^• <#\d+> · 09:00 Asia\/Shanghai/);
    const gone = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('delete')));
    expect(gone.callback.body.data.content).toMatch(/deleted/);
    expect(await bot.running.context.schedules!.listSchedules(SCOPE)).toEqual([]);
    const again = await interact(bot.fake, command(ADMIN, 'schedule', subcommand('delete')));
    expect(again.callback.body.data.content).toMatch(/no daily round yet/);
  });
});

describe('/schedule without daily rounds', () => {
  it('says they are not switched on', async () => {
    const off = await startBot({ schedules: null });
    try {
      const { callback } = await interact(off.fake, command(ADMIN, 'schedule', subcommand('list')));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/not switched on/);
    } finally {
      await off.stop();
    }
  });
});
