/** `npm start` with Discord and/or Slack tokens: the bots and the daily-round scheduler, until SIGINT/SIGTERM. */
import { openApp, type App } from '../app.ts';
import { isShardProcess, type Config } from '../config.ts';
import { PLATFORMS, wantedPlatforms, type ChatPlatform, type PlatformAdapter } from './platforms.ts';

export type BotsOptions = {
  platforms?: Partial<Record<ChatPlatform, PlatformAdapter>>;
  /** Resolves when the bots should stop; default: the first SIGINT or SIGTERM. */
  stopSignal?: Promise<void>;
  openApp?: (config: Config) => Promise<App>;
};

const signalled = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    // A shard process whose manager is gone (its IPC channel closed) stops too, rather than run unmanaged.
    if (isShardProcess() && process.send) process.once('disconnect', () => done());
  });

/**
 * Starts every configured platform at once. The first one that fails decides the outcome: those already
 * up are stopped and the error is thrown at once, without waiting for the others' retries (the entry
 * point then exits, so a Slack start still retrying cannot keep printing after a Discord failure).
 */
export async function runBots(config: Config, options: BotsOptions = {}): Promise<number> {
  const platforms = options.platforms ?? PLATFORMS;
  const wanted = wantedPlatforms(config, platforms);
  const app = await (options.openApp ?? openApp)(config);
  const running: { stop(): Promise<void> }[] = [];
  try {
    await Promise.all(wanted.map(async (p) => running.push(await platforms[p]!.start(app))));
  } catch (err) {
    await Promise.allSettled(running.map((r) => r.stop()));
    await app.close();
    throw err;
  }
  await app.scheduler.start(); // after the adapters registered their posters, so a missed round is caught up at once
  app.log.info({ event: 'bots-started', platforms: wanted }, 'bots started');
  await (options.stopSignal ?? signalled());
  await app.scheduler.stop();
  await Promise.all(running.map((r) => r.stop()));
  await app.close();
  // A shard process's channel to its manager would keep it alive after everything else has stopped.
  if (isShardProcess() && process.connected) process.disconnect();
  return 0;
}
