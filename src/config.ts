/**
 * The environment (and `.env`, if present) validated once at start. A bad value is reported by
 * variable name and what was expected; the value itself is never echoed, since most of these are secrets.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isTimeZone } from './practice/days.ts';

export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const snowflake = (what: string) => z.string().regex(/^\d{17,20}$/, `expected ${what} (a Discord id of 17–20 digits)`);
const prefixed = (prefix: string, what: string) => z.string().refine((v) => v.startsWith(prefix) && v.length > prefix.length + 8, `expected ${what} starting with "${prefix}"`);

export const ConfigSchema = z
  .object({
    DATABASE_PATH: z.string().min(1, 'expected a file path').default('./data/coach.db'),
    // PostgreSQL instead of the SQLite file: several processes and hosts on one database.
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/i, 'expected a PostgreSQL URL such as postgres://user:password@host:5432/coach').optional(),
    BANK_PATH: z.string().min(1, 'expected a folder (content/) or a seed Markdown file').default('content'),
    DISCORD_TOKEN: z.string().min(50, 'expected a Discord bot token (Developer Portal → Bot → Reset Token)').optional(),
    DISCORD_APP_ID: snowflake('the application id').optional(),
    DISCORD_GUILD_ID: snowflake('a server id').optional(),
    SLACK_BOT_TOKEN: prefixed('xoxb-', 'a Slack bot token').optional(),
    SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{32}$/i, 'expected the Slack signing secret (32 hex characters)').optional(),
    SLACK_APP_TOKEN: prefixed('xapp-', 'a Slack app-level token').optional(),
    PORT: z.coerce.number({ error: 'expected a port number' }).int('expected a whole port number').min(1, 'expected a port from 1 to 65535').max(65535, 'expected a port from 1 to 65535').default(3000),
    // For users whose platform does not tell us their zone; the terminal user is on this machine's.
    DEFAULT_TIME_ZONE: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin or Asia/Shanghai').default(machineTimeZone),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.DISCORD_TOKEN && !c.DISCORD_APP_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APP_ID'], message: 'required when DISCORD_TOKEN is set' });
    if (!c.DISCORD_TOKEN && c.DISCORD_APP_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'required when DISCORD_APP_ID is set' });
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (!c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN)) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when another SLACK_ variable is set' });
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`configuration problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

const KEYS = Object.keys(ConfigSchema.shape) as (keyof Config)[];

export function parseConfig(env: Record<string, string | undefined>): Config {
  // `KEY=` in a .env file means "not set", not "set to nothing".
  const input = Object.fromEntries(KEYS.map((k) => [k, env[k]?.trim() || undefined]));
  const result = ConfigSchema.safeParse(input);
  if (result.success) return result.data;
  // Built from our own messages only: zod's defaults could quote the input.
  throw new ConfigError(result.error.issues.map((i) => `${String(i.path[0] ?? 'config')}: ${i.message}`));
}

/** Reads `.env` into process.env (never overriding what the shell set), then validates. */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}

export const discordEnabled = (c: Config) => c.DISCORD_TOKEN !== undefined;
export const slackEnabled = (c: Config) => c.SLACK_BOT_TOKEN !== undefined;
