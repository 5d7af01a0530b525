/**
 * The chat platforms `npm start` can run. Adding one is a folder under adapters/ and a line here; each is
 * imported on use, so a terminal session never loads discord.js or Bolt.
 */
import type { App } from '../app.ts';
import { discordEnabled, isShardProcess, slackEnabled, type Config } from '../config.ts';

export type ChatPlatform = 'discord' | 'slack';

/** A chat platform adapter: started with the app, stopped on shutdown. */
export type PlatformAdapter = {
  enabled(config: Config): boolean;
  start(app: App): Promise<{ stop(): Promise<void> }>;
};

export const PLATFORMS: Record<ChatPlatform, PlatformAdapter> = {
  // With DISCORD_SHARD_PROCESSES this process only manages the shard processes (adapters/discord/shards.ts),
  // each of which runs the bot for its shard.
  discord: {
    enabled: discordEnabled,
    start: async (app) =>
      app.config.DISCORD_SHARD_PROCESSES !== undefined && !isShardProcess()
        ? (await import('../../adapters/discord/shards.ts')).startShardManager(app)
        : (await import('../../adapters/discord/index.ts')).startDiscord(app),
  },
  // A shard process runs Discord only: Slack runs once, in the process that manages the shards.
  slack: { enabled: (config) => slackEnabled(config) && !isShardProcess(), start: async (app) => (await import('../../adapters/slack/index.ts')).startSlack(app) },
};

export const wantedPlatforms = (config: Config, platforms: Partial<Record<ChatPlatform, PlatformAdapter>> = PLATFORMS): ChatPlatform[] =>
  (Object.keys(platforms) as ChatPlatform[]).filter((p) => platforms[p]!.enabled(config));
