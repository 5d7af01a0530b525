import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, machineTimeZone, parseConfig } from '../src/config.ts';
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
