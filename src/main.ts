/**
 * `npm start [-- --user NAME]`: the entry point, the one place that picks the platforms. No tokens: the
 * practice session in this terminal; Discord and/or Slack tokens: those bots (src/run/).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { runBots, type BotsOptions } from './run/bots.ts';
import { wantedPlatforms } from './run/platforms.ts';
import { startupFailure, stderrIo } from './run/startup-failure.ts';
import { runTerminal } from './run/terminal.ts';

export async function main(argv: string[] = process.argv.slice(2), options: BotsOptions = {}): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' } }, strict: false });
  try {
    const config = loadConfig();
    if (wantedPlatforms(config, options.platforms).length > 0) return await runBots(config, options);
    return await runTerminal(config, typeof values.user === 'string' ? values.user : undefined);
  } catch (err) {
    return startupFailure(err, stderrIo);
  }
}

/**
 * After a failed start nothing left running matters: another platform may still be retrying its own start
 * (Bolt's auth.test retries take seconds), so exit now instead of letting it print on.
 */
export function finish(code: number): void {
  if (code === 0) process.exitCode = 0;
  else process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) finish(await main());
