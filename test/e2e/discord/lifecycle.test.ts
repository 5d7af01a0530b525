/**
 * Starting and stopping (what `npm start` does on SIGTERM): an interaction in flight is finished before
 * the client disconnects and one arriving meanwhile is turned away with its answer handed back; shards
 * as Discord recommends; a refused token or an unreachable Discord stops the start with a clear message.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/index.ts';
import { openApp } from '../../../src/app.ts';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { UnreachableError } from '../../../src/errors.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';
import { ADA, command, edited, interact, startBot, submitModal, type Person } from './bot.ts';
import { APP_ID, FAKE_TOKEN, startFakeDiscord } from './fake-discord.ts';

const GRACE: Person = { id: '600000000000000002', name: 'Grace' };

describe('stop', () => {
  it('lets an interaction in flight finish, then disconnects from the gateway', async () => {
    const bot = await startBot();
    // Discord is slow to take the progress chart: the reply is still on its way when stop begins.
    bot.fake.override((r) => (r.method === 'PATCH' ? { status: 200, body: { id: '1', channel_id: '1', content: '', embeds: [], attachments: [], components: [], type: 0, author: { id: '1', username: 'coach', discriminator: '0', avatar: null }, timestamp: new Date().toISOString(), edited_timestamp: null, flags: 64, mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false }, delayMs: 400 } : undefined));
    const { token } = bot.fake.dispatch(command(ADA, 'progress'));
    const edit = await edited(bot.fake, token);
    const stopping = bot.running.stop();
    // Arrives while stopping: turned away politely, the typed answer handed back.
    const late = await interact(bot.fake, submitModal(GRACE, 'cc1:modal:Q1:-:-:-:-', 'An answer typed during a restart.'));
    expect(late.callback.body.data.content).toMatch(/restarting.*nothing is lost/);
    expect(late.callback.files[0]!.data.toString('utf8')).toBe('An answer typed during a restart.');
    await stopping;
    const stoppedAt = performance.now();
    expect(edit.answeredAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeGreaterThanOrEqual(edit.answeredAt);
    expect(bot.running.client.isReady()).toBe(false);
    await bot.app.close();
    await bot.fake.close();
  });
});

describe('start', () => {
  it('opens as many gateway shards as Discord recommends, in this one process', async () => {
    const bot = await startBot({ shards: 3 });
    try {
      expect([...bot.fake.identified].sort()).toEqual([[0, 3], [1, 3], [2, 3]]);
      const { token } = bot.fake.dispatch(command(ADA, 'progress'));
      expect((await edited(bot.fake, token)).body.embeds[0].title).toBe('Your progress');
      expect(bot.fake.requests.filter((r) => r.path.includes(token))).toHaveLength(2);
    } finally {
      await bot.stop();
    }
  });

  it('turns a token Discord refuses into a ConfigError naming DISCORD_TOKEN', async () => {
    const fake = await startFakeDiscord();
    fake.override((r) => (r.path === '/api/v10/gateway/bot' ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined));
    const config = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DATABASE_PATH: join(tempDir('coach-discord-'), 'coach.db'), BANK_PATH: CONTENT });
    const app = await openApp(config, { logLevel: 'silent', longRunning: false });
    try {
      const err = await startDiscord(app, { restApi: fake.api }).then(() => null, (e: unknown) => e as Error);
      expect(err).toBeInstanceOf(ConfigError);
      expect(err!.message).toMatch(/DISCORD_TOKEN: Discord refused the token/);
      expect(err!.message).not.toContain(FAKE_TOKEN);
    } finally {
      await app.close();
      await fake.close();
    }
  });

  it('turns an unreachable Discord into a start-up message that is not called a configuration problem (issue 13)', async () => {
    const fake = await startFakeDiscord();
    const api = fake.api;
    await fake.close();
    const config = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DATABASE_PATH: join(tempDir('coach-discord-'), 'coach.db'), BANK_PATH: CONTENT });
    const app = await openApp(config, { logLevel: 'silent', longRunning: false });
    try {
      const err = await startDiscord(app, { restApi: api }).then(() => null, (e: unknown) => e as Error);
      expect(err).toBeInstanceOf(UnreachableError);
      expect(err!.message).toMatch(/^could not reach Discord to log in \(.+\); check the network and try again$/);
      expect(err!.message).not.toContain('configuration');
    } finally {
      await app.close();
    }
  });
});
