/**
 * The Discord adapter's face for the composition root: `startDiscord(app)` logs the bot in with the
 * Guilds intent only (slash commands, buttons and modals need nothing more), routes interactions, and
 * stops gracefully: new interactions are turned away politely, the ones in flight finish, then the
 * client disconnects.
 */
import { workerData } from 'node:worker_threads';
import { Client, DiscordAPIError, Events, GatewayIntentBits, HTTPError, Options, type Interaction } from 'discord.js';
import type { App } from '../../src/app.ts';
import { ConfigError } from '../../src/config.ts';
import { UnreachableError } from '../../src/errors.ts';
import { systemClock, type Clock } from '../../src/practice/index.ts';
import type { RoundPoster, Schedules } from '../../src/schedule/contract.ts';
import { searchFor, type DiscordContext } from './context.ts';
import { createAnswerDrafts } from './drafts.ts';
import { describeError } from './failure.ts';
import { createAnswerLimiter } from './rate-limit.ts';
import { ANSWER_FIELD } from './render/answer-modal.ts';
import { KEPT_ANSWER_FILE } from './render/kept-answer.ts';
import { replyPrivately } from './reply.ts';
import { createRoundPoster } from './round-poster.ts';
import { handleInteraction } from './router.ts';
import { scheduleWiring } from './schedule-wiring.ts';

export type DiscordOptions = {
  /** REST base URL; tests point it at a local fake Discord. */
  restApi?: string;
  /** Overrides the App's daily rounds (tests). */
  schedules?: Schedules | null;
  clock?: Clock;
  /** One scored answer per user per this many ms. */
  answerIntervalMs?: number;
  /** How long a stop waits for interactions in flight. */
  drainMs?: number;
};

export type RunningDiscord = { client: Client; context: DiscordContext; poster: RoundPoster; stop(): Promise<void> };

const RESTARTING = 'I am restarting for a moment; please try again in a minute.';

/** Round posts give up on a long rate-limit wait and let the scheduler retry, instead of holding its queue. */
const LONG_WAIT_MS = 30_000;

/** A ShardingManager (processes or workers) tells each child its shards; discord.js reads them itself. */
const shardsGiven = () => 'SHARDS' in process.env || (workerData !== null && typeof workerData === 'object' && 'SHARDS' in workerData);

/** `shards`: this host's share of the bot's shards (DISCORD_SHARDS of DISCORD_SHARD_COUNT). */
export function createDiscordClient(restApi?: string, shards?: { ids: number[]; count: number }): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // A ShardingManager's child is told its shard by the environment; a host given DISCORD_SHARDS runs
    // those. Otherwise this one process runs every shard Discord recommends (GET /gateway/bot): it
    // refuses a single connection for a bot in 2,500 servers or more.
    ...(shardsGiven() ? {} : shards ? { shards: shards.ids, shardCount: shards.count } : { shards: 'auto' as const }),
    allowedMentions: { parse: [] },
    rest: {
      ...(restApi ? { api: restApi } : {}),
      rejectOnRateLimit: (r) => r.route.startsWith('/channels/') && Math.max(r.timeToReset, r.retryAfter) > LONG_WAIT_MS,
      // Every deferred reply leaves a rate-limit handler for its interaction token (~1 KB); the default
      // hourly sweep would keep ~140 MB of them at 50 answers/s. Tokens die after 15 minutes anyway.
      handlerSweepInterval: 10 * 60_000,
    },
    // Slash-command bots never read message history: keep no messages in memory (it matters at thousands of servers).
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0, ReactionManager: 0, PresenceManager: 0 }),
  });
}

export async function startDiscord(app: App, options: DiscordOptions = {}): Promise<RunningDiscord> {
  const { config, log } = app;
  if (!config.DISCORD_TOKEN) throw new ConfigError(['DISCORD_TOKEN: required to run the Discord bot']);
  const clock = options.clock ?? systemClock;
  const wiring = scheduleWiring(app);
  const context: DiscordContext = {
    practice: app.practice,
    schedules: options.schedules === undefined ? wiring.schedules : options.schedules,
    search: searchFor(app.practice),
    log,
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    limiter: createAnswerLimiter(options.answerIntervalMs ?? 10_000, clock),
    drafts: createAnswerDrafts(clock),
  };
  const client = createDiscordClient(options.restApi ?? config.DISCORD_REST_API, config.DISCORD_SHARDS && config.DISCORD_SHARD_COUNT ? { ids: config.DISCORD_SHARDS, count: config.DISCORD_SHARD_COUNT } : undefined);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const work = stopping ? turnAway(interaction) : handleInteraction(context, interaction);
    const tracked = work.catch((err: unknown) => log.error({ event: 'discord-unhandled', err: describeError(err) }, 'interaction handler threw'));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  });
  client.on(Events.Error, (err) => log.error({ event: 'discord-client-error', err: describeError(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ event: 'discord-warning', message }, 'discord warning'));
  client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ event: 'discord-disconnected', shard }, 'gateway disconnected; discord.js reconnects'));

  const ready = new Promise<void>((done) => client.once(Events.ClientReady, () => done()));
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    await client.destroy();
    throw loginFailure(err);
  }
  await ready;
  const poster = createRoundPoster(client.rest);
  const detach = wiring.attach(poster);
  log.info({ event: 'discord-ready', user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id), rounds: context.schedules !== null }, 'discord bot ready');

  return {
    client,
    context,
    poster,
    async stop() {
      stopping = true;
      detach();
      const drain = options.drainMs ?? 5_000;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((done) => setTimeout(done, drain).unref())]);
      await client.destroy();
      log.info({ event: 'discord-stopped', unfinished: inFlight.size }, 'discord bot stopped');
    },
  };
}

/** A failed login as a start-up message: a refused token names the setting, a network failure says so (never the token itself). */
function loginFailure(err: unknown): unknown {
  const code = (err as { code?: unknown }).code;
  if (code === 'TokenInvalid') return new ConfigError(['DISCORD_TOKEN: Discord refused the token (Developer Portal → Bot → Reset Token, then update .env)']);
  if (err instanceof DiscordAPIError || err instanceof HTTPError || (typeof code === 'string' && /^(E[A-Z]+|UND_ERR)/.test(code))) {
    return new UnreachableError('Discord', `to log in (${err instanceof Error ? err.name : 'error'}${typeof code === 'string' ? ` ${code}` : ''})`);
  }
  return err;
}

/** While stopping: a polite no, and an answer typed into the modal handed back rather than dropped. */
async function turnAway(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) return interaction.respond([]);
  if (!interaction.isRepliable()) return;
  const answer = interaction.isModalSubmit() ? interaction.fields.fields.get(ANSWER_FIELD) : undefined;
  if (answer && 'value' in answer && typeof answer.value === 'string') {
    await replyPrivately(interaction, { content: `${RESTARTING} Your answer is attached, so nothing is lost.`, files: [{ attachment: Buffer.from(answer.value, 'utf8'), name: KEPT_ANSWER_FILE }] });
  } else {
    await replyPrivately(interaction, { content: RESTARTING });
  }
}

export { createRoundPoster, roundPostErrorFrom } from './round-poster.ts';
export { registerCommands, RegistrationError } from './register.ts';
export { commandDefinitions } from './commands/definitions.ts';
