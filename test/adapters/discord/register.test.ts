/** Registering the slash commands: what Discord receives, within its limits, and clear messages when it says no. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/commands/definitions.ts';
import { registerCommands, RegistrationError } from '../../../adapters/discord/register.ts';
import { cli } from '../../helpers/cli.ts';
import { APP_ID, FAKE_TOKEN, GUILD_ID, startFakeDiscord, type FakeDiscord } from '../../e2e/discord/fake-discord.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('command definitions', () => {
  const all = commandDefinitions();

  it('stay within Discord limits', () => {
    const check = (o: any) => {
      expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect((o.options ?? []).length).toBeLessThanOrEqual(25);
      expect((o.choices ?? []).length).toBeLessThanOrEqual(25);
      (o.options ?? []).forEach(check);
    };
    all.forEach(check);
    expect(all.map((c) => c.name)).toEqual(['practice', 'question', 'progress', 'leaderboard', 'help', 'schedule', 'forget-me', 'export', 'mock', 'settings']);
    const mock = all.find((c) => c.name === 'mock')!;
    expect((mock.options as any[]).map((o) => o.name)).toEqual(['difficulty', 'phase', 'stakeholder', 'dimension', 'count', 'end']);
    expect((mock.options as any[]).find((o) => o.name === 'dimension').autocomplete).toBe(true);
    expect((all.find((c) => c.name === 'settings')!.options as any[])[0].choices.map((c: any) => c.value)).toEqual(['en', 'zh', 'auto']);
  });

  it('run in servers only, and hide /schedule from members without Manage Server', () => {
    for (const c of all) expect(c.contexts).toEqual([0]);
    const schedule = all.find((c) => c.name === 'schedule')!;
    expect(schedule.default_member_permissions).toBe(String(1n << 5n));
    expect((schedule.options as any[]).map((o) => o.name)).toEqual(['set', 'pause', 'resume', 'list', 'delete']);
    expect(all.filter((c) => c.default_member_permissions).map((c) => c.name)).toEqual(['schedule']);
  });
});

describe('registerCommands', () => {
  it('puts the whole set in one server, or globally', async () => {
    const inGuild = await registerCommands({ token: FAKE_TOKEN, applicationId: APP_ID, guildId: GUILD_ID, api: fake.api });
    expect(inGuild).toEqual({ names: commandDefinitions().map((c) => c.name), where: `server ${GUILD_ID}` });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body).toEqual(commandDefinitions());
    const global = await registerCommands({ token: FAKE_TOKEN, applicationId: APP_ID, api: fake.api });
    expect(global.where).toBe('all servers (global)');
    await fake.waitFor((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APP_ID}/commands`);
  });

  it('explains a refused token or a server the bot is not in, without echoing the token', async () => {
    const otherApp = '900000000000000099';
    fake.override((r) => (r.path.includes(otherApp) ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined));
    const token = await registerCommands({ token: FAKE_TOKEN, applicationId: otherApp, api: fake.api }).then(() => new Error("accepted"), (e: unknown) => e as Error);
    expect(token).toBeInstanceOf(RegistrationError);
    expect(token.message).toMatch(/refused the token: check DISCORD_TOKEN/);
    expect(token.message).not.toContain(FAKE_TOKEN);
    const otherGuild = '800000000000000099';
    fake.override((r) => (r.path.includes(otherGuild) ? { status: 403, body: { message: 'Missing Access', code: 50001 } } : undefined));
    const access = await registerCommands({ token: FAKE_TOKEN, applicationId: APP_ID, guildId: otherGuild, api: fake.api }).then(() => new Error("accepted"), (e: unknown) => e as Error);
    expect(access.message).toMatch(/invite the bot there with the applications\.commands scope/);
  });
});

describe('npm run cli -- discord:register', () => {
  it('asks for the token and application id when they are missing', async () => {
    const saved = { token: process.env.DISCORD_TOKEN, app: process.env.DISCORD_APP_ID };
    delete process.env.DISCORD_TOKEN;
    delete process.env.DISCORD_APP_ID;
    try {
      const { code, err } = await cli(['discord:register']);
      expect(code).toBe(2);
      expect(err).toMatch(/needs DISCORD_TOKEN and DISCORD_APP_ID/);
    } finally {
      if (saved.token !== undefined) process.env.DISCORD_TOKEN = saved.token;
      if (saved.app !== undefined) process.env.DISCORD_APP_ID = saved.app;
    }
  });

  it('refuses a malformed server id and both --guild and --global, as usage errors', async () => {
    expect(await cli(['discord:register', '--guild', 'my-server'])).toMatchObject({ code: 2, err: expect.stringMatching(/17–20 digits/) });
    expect(await cli(['discord:register', '--guild', GUILD_ID, '--global'])).toMatchObject({ code: 2, err: expect.stringMatching(/not both/) });
  });
});
