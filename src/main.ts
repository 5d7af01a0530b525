/**
 * `npm start [-- --user NAME]`: the entry point, the one place that picks the platforms. No tokens: the
 * practice session in this terminal; Discord and/or Slack tokens: those bots (src/run/).
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { loadConfig } from './config.ts';
import { runBots, type BotsOptions } from './run/bots.ts';
import { wantedPlatforms } from './run/platforms.ts';
import { startupFailure, stderrIo } from './run/startup-failure.ts';
import { runTerminal } from './run/terminal.ts';

/** `npm start -- --user NAME`, checked as strictly as the CLI: a mistyped option is named, not ignored. */
function parseStartArgs(argv: string[]): { user?: string } | number {
  const command = new Command('npm start --')
    .description('The terminal practice session with no tokens; the Discord and/or Slack bots with them (.env).')
    .option('--user <name>', 'practise as this name in the terminal (default: your OS account)')
    .exitOverride()
    .configureOutput({ writeOut: (t) => process.stdout.write(t), writeErr: (t) => process.stderr.write(t) })
    .showHelpAfterError('usage: npm start [-- --user NAME]');
  try {
    return command.parse(argv, { from: 'user' }).opts<{ user?: string }>();
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    return err.code === 'commander.helpDisplayed' ? 0 : 2;
  }
}

export async function main(argv: string[] = process.argv.slice(2), options: BotsOptions = {}): Promise<number> {
  const args = parseStartArgs(argv);
  if (typeof args === 'number') return args;
  try {
    const config = loadConfig();
    if (wantedPlatforms(config, options.platforms).length > 0) return await runBots(config, options);
    return await runTerminal(config, args.user);
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
