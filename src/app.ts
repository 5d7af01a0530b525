/**
 * The composition root, the only file that knows every part: config → logger → store → bank → scorer
 * → practice use cases → the adapters that reach people. No tokens: the terminal session. Discord
 * and/or Slack tokens: those bots.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';
import { answerOnce, startTerminal, type OnceIo } from '../adapters/terminal/index.ts';
import { BankHolder } from './bank/holder.ts';
import { BankValidationError, formatProblem } from './bank/problems.ts';
import { ConfigError, discordEnabled, discordShare, isShardProcess, loadConfig, slackEnabled, type Config } from './config.ts';
import { createLogger, type LogLevel } from './log.ts';
import { createPractice, systemClock, systemRandom, type Clock, type Practice, type PracticeUser, type Random } from './practice/index.ts';
import { createScheduler, createSchedules, sharedPostsPerSecond, type Scheduler, type Schedules } from './schedule/index.ts';
import { createScorer } from './scoring/index.ts';
import { openSqlite, openStore, StoreError, type Store } from './store/index.ts';

/**
 * `schedules`: the daily-round use cases adapters call; `scheduler.registerPoster(platform, poster)`:
 * how an adapter hands over its RoundPoster when it starts (runBots starts the scheduler after them).
 */
export type App = { config: Config; log: Logger; store: Store; bank: BankHolder; practice: Practice; schedules: Schedules; scheduler: Scheduler; close(): Promise<void> };

export type AppOptions = {
  logLevel?: LogLevel;
  logDestination?: DestinationStream;
  clock?: Clock;
  random?: Random;
  /** For processes that stay up (sessions, bots); a one-shot command leaves checkpoints to SQLite. */
  longRunning?: boolean;
};

export async function openApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = createLogger(options.logLevel ?? config.LOG_LEVEL ?? 'info', options.logDestination);
  const bank = new BankHolder(config.BANK_PATH);
  const store = await openStore(databaseLocation(config), { backgroundCheckpoints: options.longRunning ?? true });
  const practice = createPractice({
    store,
    bank: () => bank.bank,
    scorerFor: createScorer,
    clock: options.clock ?? systemClock,
    random: options.random ?? systemRandom,
    log,
  });
  const rounds = { store, bank: () => bank.bank, clock: options.clock ?? systemClock, log };
  // Several processes share the bot's 50 requests/s: each paces its round posts at its share of the shards.
  const scheduler = createScheduler({ ...rounds, random: options.random ?? systemRandom, postsPerSecond: { discord: sharedPostsPerSecond('discord', discordShare(config)) } });
  const schedules = createSchedules({ ...rounds, onChange: () => scheduler.reload() });
  log.info({ event: 'app-opened', bank: bank.bank.version, questions: bank.bank.entries.length, engine: store.engine, database: store.location }, 'app opened');
  return { config, log, store, bank, practice, schedules, scheduler, close: () => store.close() };
}

/** DATABASE_URL (PostgreSQL) when set, else the SQLite file at DATABASE_PATH. */
export const databaseLocation = (config: Config) => config.DATABASE_URL ?? config.DATABASE_PATH;

/** A chat platform adapter: started with the app, stopped on shutdown. */
export type PlatformAdapter = { start(app: App): Promise<{ stop(): Promise<void> }> };

/**
 * HOOK for the Discord and Slack issues: register each adapter here when it exists, e.g.
 *   discord: { start: (app) => startDiscord(app) }   // from adapters/discord
 *   slack:   { start: (app) => startSlack(app) }     // from adapters/slack
 * Until then a configured platform stops the start with a clear message rather than being ignored.
 */
const PLATFORM_ADAPTERS: Partial<Record<'discord' | 'slack', PlatformAdapter>> = {
  // Loaded on use, so a terminal session never pays for loading discord.js. With DISCORD_SHARD_PROCESSES
  // this process only manages the shard processes, each of which runs the bot for its shard.
  discord: {
    start: async (app) =>
      app.config.DISCORD_SHARD_PROCESSES !== undefined && !isShardProcess()
        ? (await import('../adapters/discord/shards.ts')).startShardManager(app)
        : (await import('../adapters/discord/index.ts')).startDiscord(app),
  },
  slack: { start: async (app) => (await import('../adapters/slack/index.ts')).startSlack(app) },
};

/** The person at this terminal: the OS account unless a name is given. */
export function terminalUser(config: Config, name?: string): PracticeUser {
  let account = 'you';
  try {
    account = userInfo().username || account;
  } catch {
    // Some containers run as a uid with no passwd entry.
  }
  const id = name?.trim() || account;
  return { platform: 'terminal', platformUserId: id, displayName: id, timeZone: config.DEFAULT_TIME_ZONE };
}

/** Turns start-up failures into a short message and an exit code; anything else is a bug. */
function startupFailure(err: unknown, io: Pick<OnceIo, 'err'>): number {
  if (err instanceof ConfigError) {
    io.err(`${err.message}\nSee .env.example for every setting.`);
    return 2;
  }
  if (err instanceof BankValidationError) {
    io.err(`The question bank has problems; fix them and run \`npm run cli -- validate\`:`);
    err.problems.forEach((p) => io.err(`  ${formatProblem(p)}`));
    return 1;
  }
  if (err instanceof StoreError) {
    io.err(err.message);
    return 1;
  }
  throw err;
}

const stderrIo = { err: (text: string) => void process.stderr.write(`${text}\n`) };

async function runTerminal(config: Config, userName?: string): Promise<number> {
  // The session owns the screen: logs (warnings and up unless LOG_LEVEL asks for more) go to a file beside
  // the database, so a bug shows the person a short apology rather than a JSON stack trace.
  const logFile = join(dirname(resolve(config.DATABASE_PATH)), 'coach.log');
  const app = await openApp(config, { logLevel: config.LOG_LEVEL ?? 'warn', logDestination: pino.destination({ dest: logFile, mkdir: true, sync: true }) });
  try {
    await startTerminal({
      practice: app.practice,
      user: terminalUser(config, userName),
      databasePath: config.DATABASE_PATH,
      onBug: (err) => app.log.error({ err }, 'terminal session error'),
    });
    return 0;
  } finally {
    await app.close();
  }
}

async function runBots(config: Config): Promise<number> {
  // A shard process runs Discord only: Slack runs once, in the process that manages the shards.
  const wanted = (['discord', 'slack'] as const).filter((p) => (p === 'discord' ? discordEnabled(config) : slackEnabled(config) && !isShardProcess()));
  const missing = wanted.filter((p) => !PLATFORM_ADAPTERS[p]);
  if (missing.length > 0) {
    stderrIo.err(`${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} configured, but that adapter is not built yet. Unset its tokens to practise in the terminal.`);
    return 1;
  }
  const app = await openApp(config);
  const running = await Promise.all(wanted.map((p) => PLATFORM_ADAPTERS[p]!.start(app)));
  await app.scheduler.start(); // after the adapters registered their posters, so a missed round is caught up at once
  app.log.info({ event: 'bots-started', platforms: wanted }, 'bots started');
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // A shard process whose manager is gone (its IPC channel closed) stops too, rather than run unmanaged.
    if (isShardProcess() && process.send) process.once('disconnect', stop);
  });
  await app.scheduler.stop();
  await Promise.all(running.map((r) => r.stop()));
  await app.close();
  // A shard process's channel to its manager would keep it alive after everything else has stopped.
  if (isShardProcess() && process.connected) process.disconnect();
  return 0;
}

/** `npm start [-- --user NAME]`. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' } }, strict: false });
  try {
    const config = loadConfig();
    return discordEnabled(config) || slackEnabled(config) ? await runBots(config) : await runTerminal(config, typeof values.user === 'string' ? values.user : undefined);
  } catch (err) {
    return startupFailure(err, stderrIo);
  }
}

/** `npm run cli -- practice`: one answer from stdin, scored and recorded. */
export async function practiceFromStdin(request: { questionId: string; json: boolean; userName?: string | undefined; answer: string }, io: OnceIo): Promise<number> {
  try {
    const config = loadConfig();
    const app = await openApp(config, { logLevel: config.LOG_LEVEL ?? 'warn', logDestination: pino.destination({ dest: 2, sync: true }), longRunning: false });
    try {
      return await answerOnce(app.practice, { questionId: request.questionId, json: request.json, user: terminalUser(config, request.userName), answer: request.answer }, io);
    } finally {
      await app.close();
    }
  } catch (err) {
    return startupFailure(err, io);
  }
}

/** `npm run cli -- backup <file>`: SQLite's online backup, safe while bots keep writing. */
export async function backupTo(file: string, io: OnceIo, force = false): Promise<number> {
  try {
    const config = loadConfig();
    if (config.DATABASE_URL) {
      io.err('The database is PostgreSQL (DATABASE_URL): back it up with its own tools, e.g. `pg_dump --format=custom --file coach.dump "$DATABASE_URL"` (restore with pg_restore). See the README, "Deploying".');
      return 2;
    }
    const source = resolve(config.DATABASE_PATH);
    if (!existsSync(source)) {
      io.err(`There is no database at ${config.DATABASE_PATH} yet; nothing to back up.`);
      return 1;
    }
    if (resolve(file) === source) {
      io.err('The backup must go to another file than the database itself.');
      return 2;
    }
    if (existsSync(file) && !force) {
      io.err(`${file} exists already; choose another name or add --force to overwrite it.`);
      return 1;
    }
    const store = openSqlite(config.DATABASE_PATH);
    try {
      const { totalPages } = await store.backup(file);
      io.out(`Backed up ${config.DATABASE_PATH} to ${file} (${totalPages} pages).`);
      return 0;
    } finally {
      store.close();
    }
  } catch (err) {
    return startupFailure(err, io);
  }
}
