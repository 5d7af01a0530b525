/**
 * The composition root: config → logger → store → bank → scorer → practice use cases and daily rounds.
 * It knows no platform; the entry point (src/main.ts, with src/run/) picks the platforms and starts them.
 */
import type { DestinationStream, Logger } from 'pino';
import { BankHolder } from './bank/holder.ts';
import { discordShare, type Config } from './config.ts';
import { createLogger, type LogLevel } from './log.ts';
import { createPractice, systemClock, systemRandom, type Clock, type Practice, type Random } from './practice/index.ts';
import { createScheduler, createSchedules, sharedPostsPerSecond, type Scheduler, type Schedules } from './schedule/index.ts';
import { createScorer } from './scoring/index.ts';
import { openStore, type Store } from './store/index.ts';

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

/** DATABASE_URL (PostgreSQL) when set, else the SQLite file at DATABASE_PATH. */
export const databaseLocation = (config: Config) => config.DATABASE_URL ?? config.DATABASE_PATH;

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
