/**
 * The real bot (openApp + startDiscord, the real discord.js client) on a temp SQLite file and the
 * shipped content/, logged in to a fake Discord; and the raw gateway payloads users would cause.
 */
import { join } from 'node:path';
import { startDiscord, type DiscordOptions, type RunningDiscord } from '../../../adapters/discord/index.ts';
import { openApp, type App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import type { Schedules } from '../../../src/schedule/contract.ts';
import { CONTENT, tempDir } from '../../helpers/paths.ts';
import { APP_ID, botMessage, CHANNEL_ID, FAKE_TOKEN, GUILD_ID, snowflake, startFakeDiscord, type FakeDiscord, type Recorded } from './fake-discord.ts';

export const PERMISSIONS = {
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
};
/** What the invite URL grants the bot. */
export const BOT_PERMISSIONS = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks | PERMISSIONS.AttachFiles;

export type Person = { id: string; name: string; permissions?: bigint };
export const ADA: Person = { id: '600000000000000001', name: 'Ada' };

export type Bot = { fake: FakeDiscord; app: App; running: RunningDiscord; dbPath: string; stop(): Promise<void> };

export type BotOptions = Omit<DiscordOptions, 'restApi' | 'schedules'> & {
  /** Shards the fake Discord recommends. */
  shards?: number;
  /** Daily rounds' use cases built on the bot's own App (store, bank, clock); null for none. */
  schedules?: Schedules | null | ((app: App) => Schedules);
};

export async function startBot(options: BotOptions = {}): Promise<Bot> {
  const fake = await startFakeDiscord({ shards: options.shards ?? 1 });
  const dbPath = join(tempDir('coach-discord-'), 'coach.db');
  const config = parseConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DATABASE_PATH: dbPath, BANK_PATH: CONTENT, DEFAULT_TIME_ZONE: 'UTC' });
  const app = await openApp(config, { logLevel: 'silent', longRunning: false, ...(options.clock ? { clock: options.clock } : {}) });
  const { schedules: given, shards: _shards, ...rest } = options;
  const schedules = typeof given === 'function' ? given(app) : given;
  const running = await startDiscord(app, { ...rest, ...(schedules === undefined ? {} : { schedules }), restApi: fake.api, drainMs: 1_000 });
  return {
    fake,
    app,
    running,
    dbPath,
    async stop() {
      await running.stop();
      await app.close();
      await fake.close();
    },
  };
}

function base(person: Person, type: number, data: unknown, extra: Record<string, unknown> = {}) {
  return {
    application_id: APP_ID,
    type,
    version: 1,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    app_permissions: String(BOT_PERMISSIONS),
    context: 0,
    authorizing_integration_owners: { '0': GUILD_ID },
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'practice' },
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: 'en-US', features: [] },
    member: {
      user: { id: person.id, username: person.name.toLowerCase(), global_name: person.name, discriminator: '0', avatar: null },
      permissions: String(person.permissions ?? 0n),
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
    },
    data,
    ...extra,
  };
}

type Option = { name: string; type: number; value?: string | number | boolean; focused?: boolean; options?: Option[] };
export const str = (name: string, value: string, focused?: boolean): Option => ({ name, type: 3, value, ...(focused ? { focused } : {}) });
export const bool = (name: string, value: boolean): Option => ({ name, type: 5, value });
export const int = (name: string, value: number): Option => ({ name, type: 4, value });
export const sub = (name: string, options: Option[] = []): Option => ({ name, type: 1, options });

export const command = (person: Person, name: string, options: Option[] = [], extra?: Record<string, unknown>) => base(person, 2, { id: snowflake(), name, type: 1, options }, extra);
export const autocomplete = (person: Person, name: string, options: Option[]) => base(person, 4, { id: snowflake(), name, type: 1, options });

/** The message a button sits on (discord.js builds a Message from it). */
const onMessage = (customId: string) =>
  botMessage(CHANNEL_ID, { components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Answer', custom_id: customId }] }], flags: 64 });

export const click = (person: Person, customId: string) => base(person, 3, { custom_id: customId, component_type: 2 }, { message: onMessage(customId) });

/** A modal submit in the Label layout the bot sends (type 18 around the text input). */
export const submitModal = (person: Person, customId: string, text: string) =>
  base(person, 5, { custom_id: customId, components: [{ type: 10, id: 1 }, { type: 18, id: 2, component: { type: 4, id: 3, custom_id: 'answer', value: text } }] }, { message: onMessage(customId) });

const callbackPath = (id: string, token: string) => `/api/v10/interactions/${id}/${token}/callback`;

/** Sends an interaction and waits for the bot's first answer to it (the interaction callback). */
export async function interact(fake: FakeDiscord, payload: Record<string, unknown>, shard?: number): Promise<{ id: string; token: string; callback: Recorded }> {
  const { id, token } = fake.dispatch(payload, shard);
  const callback = await fake.waitFor((r) => r.method === 'POST' && r.path === callbackPath(id, token));
  return { id, token, callback };
}

/** The deferred reply's content, once the bot fills it in. */
export const edited = (fake: FakeDiscord, token: string) => fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);

/** Every message body the bot sent: callbacks with data, edits, follow-ups and channel posts. */
export function sentBodies(fake: FakeDiscord): { path: string; body: any }[] {
  return fake.requests
    .filter((r) => r.body && (r.method === 'PATCH' || r.method === 'POST') && !r.path.endsWith('/commands'))
    .map((r) => ({ path: r.path, body: r.path.endsWith('/callback') ? r.body.data : r.body }))
    .filter((b) => b.body && (b.body.content !== undefined || b.body.embeds !== undefined || b.body.components !== undefined) && !b.body.choices && !b.body.title);
}
