import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, discordShare, machineTimeZone, parseConfig } from '../src/config.ts';
import { terminalLogFile } from '../src/run/terminal.ts';
import { ROOT } from './helpers/paths.ts';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('defaults to a terminal setup, and treats KEY= as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '  ' })).toEqual({
      DATABASE_PATH: './data/coach.db', BANK_PATH: 'content', PORT: 3000, DEFAULT_TIME_ZONE: machineTimeZone(),
    });
  });

  it('names each wrong variable and what is expected, never the value', () => {
    const secret = 'xoxp-this-is-a-user-token-not-a-bot-token';
    const found = problems({ SLACK_BOT_TOKEN: secret, PORT: '70000', DEFAULT_TIME_ZONE: 'Mars/Olympus', LOG_LEVEL: 'loud', DISCORD_APP_ID: 'abc' });
    expect(found).toEqual(expect.arrayContaining([
      'SLACK_BOT_TOKEN: expected a Slack bot token starting with "xoxb-"',
      'PORT: expected a port from 1 to 65535',
      'DEFAULT_TIME_ZONE: expected an IANA time zone such as Europe/Berlin or Asia/Shanghai',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
      'DISCORD_APP_ID: expected the application id (a Discord id of 17–20 digits)',
    ]));
    const message = new ConfigError(found).message;
    for (const value of [secret, '70000', 'Mars/Olympus', 'loud', 'abc']) expect(message).not.toContain(value);
  });

  it('asks for the partner variable of a platform credential', () => {
    expect(problems({ DISCORD_TOKEN: 'x'.repeat(70) })).toEqual(['DISCORD_APP_ID: required when DISCORD_TOKEN is set']);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1234567890-abcdef' })).toEqual(['SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)']);
  });

  it('accepts valid platform settings and an IANA zone', () => {
    const c = parseConfig({ DISCORD_TOKEN: 'x'.repeat(70), DISCORD_APP_ID: '123456789012345678', SLACK_BOT_TOKEN: 'xoxb-1234567890-abcdef', SLACK_APP_TOKEN: 'xapp-1-A111-222-abc', DEFAULT_TIME_ZONE: 'Asia/Shanghai', PORT: '8080', LOG_LEVEL: 'debug' });
    expect(c).toMatchObject({ PORT: 8080, DEFAULT_TIME_ZONE: 'Asia/Shanghai', LOG_LEVEL: 'debug', DISCORD_APP_ID: '123456789012345678' });
  });

  it('.env.example documents every setting, and says where the terminal session logs (issue 13)', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const key of Object.keys(ConfigSchema.shape)) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
    expect(terminalLogFile(parseConfig({ DATABASE_PATH: '/srv/coach/coach.db' }))).toBe('/srv/coach/coach.log');
    const logLevel = example.slice(example.indexOf('# fatal, error'), example.indexOf('LOG_LEVEL='));
    expect(logLevel).toContain('coach.log beside the database');
    expect(logLevel).not.toMatch(/terminal[^.]*stderr/);
  });
});

describe('config: past one machine (issue 15)', () => {
  const discord = { DISCORD_TOKEN: 'x'.repeat(70), DISCORD_APP_ID: '900000000000000001' };

  it('takes a PostgreSQL URL, and names DATABASE_URL without echoing a wrong one', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://coach:pw@db.internal:5432/coach' }).DATABASE_URL).toBe('postgres://coach:pw@db.internal:5432/coach');
    const found = problems({ DATABASE_URL: 'mysql://root:hunter2@db/coach' });
    expect(found).toEqual(['DATABASE_URL: expected a PostgreSQL URL such as postgres://user:password@host:5432/coach']);
    expect(new ConfigError(found).message).not.toContain('hunter2');
  });

  it('checks the Discord shard settings against each other', () => {
    expect(parseConfig({ ...discord, DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '4' })).toMatchObject({ DISCORD_SHARDS: [0, 1], DISCORD_SHARD_COUNT: 4 });
    expect(parseConfig({ ...discord, DISCORD_SHARD_PROCESSES: '2' }).DISCORD_SHARD_PROCESSES).toBe(2);
    expect(problems({ ...discord, DISCORD_SHARDS: '0,1' })).toEqual(['DISCORD_SHARD_COUNT: required when DISCORD_SHARDS is set (the total over every host)']);
    expect(problems({ ...discord, DISCORD_SHARDS: '2,4', DISCORD_SHARD_COUNT: '4' })).toEqual(['DISCORD_SHARDS: shard ids run from 0 to DISCORD_SHARD_COUNT - 1 (3)']);
    expect(problems({ ...discord, DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_PROCESSES: '3' })).toEqual(['DISCORD_SHARD_PROCESSES: must equal the number of DISCORD_SHARDS (one process per shard)']);
    expect(problems({ ...discord, DISCORD_SHARDS: 'one' })[0]).toMatch(/^DISCORD_SHARDS: expected shard ids separated by commas/);
  });

  it('paces each process at its share of the shards', () => {
    const c = parseConfig({ ...discord, DISCORD_SHARDS: '0,1', DISCORD_SHARD_COUNT: '8' });
    expect(discordShare(c, {})).toBe(0.25);
    expect(discordShare(parseConfig(discord), {})).toBe(1);
    expect(discordShare(parseConfig(discord), { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '4' })).toBe(0.25);
  });

  it('OAuth installs need the client secret, state secret, token key and signing secret, and no single bot token', () => {
    const oauth = { SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'f'.repeat(32), SLACK_STATE_SECRET: 'a-long-random-state-secret', SLACK_INSTALLATION_KEY: 'ab'.repeat(32), SLACK_SIGNING_SECRET: '0'.repeat(32) };
    expect(parseConfig(oauth).SLACK_CLIENT_ID).toBe('1234.5678');
    expect(problems({ SLACK_CLIENT_ID: '1234.5678' })).toEqual([
      'SLACK_CLIENT_SECRET: required when SLACK_CLIENT_ID is set (installs in many workspaces, over HTTP)',
      'SLACK_STATE_SECRET: required when SLACK_CLIENT_ID is set (installs in many workspaces, over HTTP)',
      'SLACK_INSTALLATION_KEY: required when SLACK_CLIENT_ID is set (installs in many workspaces, over HTTP)',
      'SLACK_SIGNING_SECRET: required when SLACK_CLIENT_ID is set (installs in many workspaces, over HTTP)',
    ]);
    expect(problems({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1234567890-abcdef' })[0]).toMatch(/^SLACK_BOT_TOKEN: leave it unset when SLACK_CLIENT_ID is set/);
    const short = problems({ ...oauth, SLACK_INSTALLATION_KEY: 'too-short-key' });
    expect(short).toEqual(['SLACK_INSTALLATION_KEY: expected 32 random bytes as 64 hex characters or base64 (openssl rand -hex 32)']);
    expect(new ConfigError(short).message).not.toContain('too-short-key');
  });
});
