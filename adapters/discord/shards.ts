/**
 * DISCORD_SHARD_PROCESSES=N: this process runs discord.js's ShardingManager, which starts one process
 * per shard (each a full `npm start` of src/main.ts that runs the Discord bot for its shard on the shared
 * store) and starts again any that exits. With DISCORD_SHARDS and DISCORD_SHARD_COUNT it runs this
 * host's shards only, so several hosts on one PostgreSQL database serve one bot.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { App } from '../../src/app.ts';
import { ConfigError } from '../../src/config.ts';
import { describeError } from './failure.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
/** discord.js's own default: Discord lets a bot IDENTIFY once per 5 s per concurrency bucket. */
const IDENTIFY_GAP_MS = 5_500;

/** How far apart to start shards: no wait when Discord lets every shard identify at once (max_concurrency). */
async function spawnDelay(app: App, shards: number): Promise<number> {
  try {
    const rest = new REST({ ...(app.config.DISCORD_REST_API ? { api: app.config.DISCORD_REST_API } : {}) }).setToken(app.config.DISCORD_TOKEN!);
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return gateway.session_start_limit.max_concurrency >= shards ? 0 : IDENTIFY_GAP_MS;
  } catch {
    return IDENTIFY_GAP_MS;
  }
}

export async function startShardManager(app: App): Promise<{ stop(): Promise<void> }> {
  const { config, log } = app;
  if (!config.DISCORD_TOKEN || config.DISCORD_SHARD_PROCESSES === undefined) throw new ConfigError(['DISCORD_SHARD_PROCESSES: needs DISCORD_TOKEN']);
  const processes = config.DISCORD_SHARD_PROCESSES;
  const totalShards = config.DISCORD_SHARD_COUNT ?? processes;
  const shardList = config.DISCORD_SHARDS ?? [...Array(totalShards).keys()];
  const manager = new ShardingManager(MAIN, {
    token: config.DISCORD_TOKEN,
    totalShards,
    shardList,
    mode: 'process',
    respawn: true,
    // Children run the TypeScript sources as `npm start` does; kill -9 of a child leaves no grandchild.
    execArgv: ['--import', 'tsx'],
  });
  let stopping = false;
  manager.on('shardCreate', (shard: Shard) => {
    log.info({ event: 'discord-shard-created', shard: shard.id, of: totalShards }, 'shard process starting');
    shard.on('spawn', (child) => log.info({ event: 'discord-shard-spawned', shard: shard.id, pid: 'pid' in child ? child.pid : null }, 'shard process started'));
    shard.on('ready', () => log.info({ event: 'discord-shard-ready', shard: shard.id }, 'shard ready'));
    shard.on('death', (child) => {
      if (stopping) return;
      // respawn: true starts it again; its leases run out and its rounds are picked up, never posted twice.
      const signal = 'signalCode' in child ? child.signalCode : null;
      log.warn({ event: 'discord-shard-died', shard: shard.id, code: 'exitCode' in child ? child.exitCode : null, signal }, 'shard process exited; starting it again');
    });
    shard.on('error', (err: Error) => log.error({ event: 'discord-shard-error', shard: shard.id, err: describeError(err) }, 'shard process error'));
  });
  const delay = await spawnDelay(app, shardList.length);
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: 60_000 });
  } catch (err) {
    stopping = true;
    for (const shard of manager.shards.values()) shard.kill();
    throw new ConfigError([`DISCORD_SHARD_PROCESSES: the shard processes did not start (${describeError(err).message ?? 'unknown error'}); see the log`]);
  }
  log.info({ event: 'discord-shards-started', shards: shardList, of: totalShards, processes: shardList.length }, 'discord shard processes running');
  return {
    async stop() {
      stopping = true;
      // SIGTERM to each child: it drains its interactions and disconnects, as a single bot does.
      const exits = [...manager.shards.values()].map((shard) => new Promise<void>((done) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return done();
        child.once('exit', () => done());
        shard.kill();
      }));
      await Promise.race([Promise.all(exits), new Promise((done) => setTimeout(done, 15_000).unref())]);
      log.info({ event: 'discord-shards-stopped' }, 'discord shard processes stopped');
    },
  };
}
