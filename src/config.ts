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
    // Shards across processes (discord.js ShardingManager, one process per shard on this host) and hosts.
    DISCORD_SHARD_PROCESSES: z.coerce.number({ error: 'expected a number of processes' }).int('expected a whole number').min(1, 'expected at least 1').max(64, 'expected at most 64').optional(),
    DISCORD_SHARDS: z.string().regex(/^\d+(,\d+)*$/, 'expected shard ids separated by commas, e.g. 0,1').transform((v) => [...new Set(v.split(',').map(Number))]).optional(),
    DISCORD_SHARD_COUNT: z.coerce.number({ error: 'expected a number of shards' }).int('expected a whole number').min(1, 'expected at least 1').optional(),
    // Discord's REST API through a proxy (e.g. one that pools rate limits for every process), or a local fake in tests.
    DISCORD_REST_API: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL such as http://127.0.0.1:8080/api').optional(),
    SLACK_BOT_TOKEN: prefixed('xoxb-', 'a Slack bot token').optional(),
    SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{32}$/i, 'expected the Slack signing secret (32 hex characters)').optional(),
    SLACK_APP_TOKEN: prefixed('xapp-', 'a Slack app-level token').optional(),
    // Slack installed in many workspaces (OAuth) instead of one bot token: Basic Information → App Credentials.
    SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'expected the Slack client id (digits.digits)').optional(),
    SLACK_CLIENT_SECRET: z.string().regex(/^[0-9a-f]{32}$/i, 'expected the Slack client secret (32 hex characters)').optional(),
    // Signs the OAuth state (CSRF protection of the install flow): any long random string.
    SLACK_STATE_SECRET: z.string().min(16, 'expected a random string of at least 16 characters').optional(),
    // Encrypts the installations' tokens in the database: 32 random bytes as 64 hex characters or base64.
    SLACK_INSTALLATION_KEY: z.string().refine((v) => (/^[0-9a-f]{64}$/i.test(v) ? true : Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v)), 'expected 32 random bytes as 64 hex characters or base64 (openssl rand -hex 32)').optional(),
    // Slack's Web API through a proxy, or a local fake in tests.
    SLACK_API_URL: z.string().regex(/^https?:\/\/\S+\/$/, 'expected an http(s) URL ending in /, such as https://slack.com/api/').optional(),
    PORT: z.coerce.number({ error: 'expected a port number' }).int('expected a whole port number').min(1, 'expected a port from 1 to 65535').max(65535, 'expected a port from 1 to 65535').default(3000),
    // For users whose platform does not tell us their zone; the terminal user is on this machine's.
    DEFAULT_TIME_ZONE: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin or Asia/Shanghai').default(machineTimeZone),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.DISCORD_TOKEN && !c.DISCORD_APP_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APP_ID'], message: 'required when DISCORD_TOKEN is set' });
    if (!c.DISCORD_TOKEN && c.DISCORD_APP_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'required when DISCORD_APP_ID is set' });
    if (c.SLACK_CLIENT_ID) {
      if (c.SLACK_BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'leave it unset when SLACK_CLIENT_ID is set: each workspace gets its token when it installs the app' });
      for (const k of ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_INSTALLATION_KEY', 'SLACK_SIGNING_SECRET'] as const) {
        if (!c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when SLACK_CLIENT_ID is set (installs in many workspaces, over HTTP)' });
      }
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (c.DISCORD_SHARDS && c.DISCORD_SHARD_COUNT === undefined) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'required when DISCORD_SHARDS is set (the total over every host)' });
    if (c.DISCORD_SHARDS && c.DISCORD_SHARD_COUNT !== undefined && c.DISCORD_SHARDS.some((s) => s >= c.DISCORD_SHARD_COUNT!)) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: `shard ids run from 0 to DISCORD_SHARD_COUNT - 1 (${c.DISCORD_SHARD_COUNT - 1})` });
    }
    if (c.DISCORD_SHARD_PROCESSES !== undefined && c.DISCORD_SHARDS && c.DISCORD_SHARDS.length !== c.DISCORD_SHARD_PROCESSES) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_PROCESSES'], message: 'must equal the number of DISCORD_SHARDS (one process per shard)' });
    }
    if (c.DISCORD_SHARD_PROCESSES !== undefined && !c.DISCORD_SHARDS && c.DISCORD_SHARD_COUNT !== undefined && c.DISCORD_SHARD_COUNT !== c.DISCORD_SHARD_PROCESSES) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'with DISCORD_SHARD_PROCESSES and no DISCORD_SHARDS this host runs every shard: set DISCORD_SHARDS to run some of them' });
    }
    if (!c.SLACK_BOT_TOKEN && !c.SLACK_CLIENT_ID && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN)) ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when another SLACK_ variable is set' });
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

/** Set by discord.js's ShardingManager in each shard process it starts. */
export const isShardProcess = (env: NodeJS.ProcessEnv = process.env) => env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined;

/**
 * The part of the bot's shards this process runs (1 when it runs them all). Round posts are paced at
 * this share of Discord's 50 requests/s, so every process together stays under the bot's limit.
 */
export function discordShare(c: Config, env: NodeJS.ProcessEnv = process.env): number {
  if (isShardProcess(env)) return Math.min(1, 1 / Math.max(1, Number(env.SHARD_COUNT) || 1));
  if (c.DISCORD_SHARDS && c.DISCORD_SHARD_COUNT) return c.DISCORD_SHARDS.length / c.DISCORD_SHARD_COUNT;
  return 1;
}
export const slackEnabled = (c: Config) => c.SLACK_BOT_TOKEN !== undefined || c.SLACK_CLIENT_ID !== undefined;
