/**
 * `discord:register [--guild ID | --global]`: registers the Discord slash commands. Like src/run/ this
 * file is a composition point: it reads the config and hands it to adapters/discord, which does the work.
 */
import { registerCommands, RegistrationError } from '../../adapters/discord/register.ts';
import { loadConfig } from '../config.ts';
import { CliError, EXIT_USAGE } from './errors.ts';
import type { Io } from './io.ts';

export async function discordRegisterCommand(options: { guild?: string; global?: boolean }, io: Io): Promise<number> {
  if (options.guild !== undefined && options.global) throw new CliError('conflicting-options', 'choose --guild ID or --global, not both', EXIT_USAGE);
  const config = loadConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    throw new CliError('config', 'discord:register needs DISCORD_TOKEN and DISCORD_APP_ID (in .env or the environment; see .env.example).', 2);
  }
  const guildId = options.global ? undefined : (options.guild ?? config.DISCORD_GUILD_ID);
  try {
    const { names, where } = await registerCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APP_ID, guildId });
    io.out(`Registered ${names.length} commands in ${where}: ${names.map((n) => `/${n}`).join(', ')}.`);
    io.out(guildId ? 'They appear in that server at once.' : 'Global commands can take a few minutes to appear; use --guild ID while developing.');
    return 0;
  } catch (err) {
    if (!(err instanceof RegistrationError)) throw err;
    throw new CliError('registration-failed', err.message);
  }
}
