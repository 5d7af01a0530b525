/**
 * `discord:register [--guild ID | --global]`: registers the Discord slash commands. Like app.ts this
 * file is a composition point: it reads the config and hands it to adapters/discord, which does the work.
 */
import { registerCommands, RegistrationError } from '../../adapters/discord/register.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { parse, UsageError, type Io } from './args.ts';

export async function discordRegisterCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { guild: { type: 'string' }, global: { type: 'boolean', default: false } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.guild !== undefined && values.global) throw new UsageError('choose --guild ID or --global, not both');
  if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) {
    throw new UsageError('--guild expects a server id of 17–20 digits (Discord: turn on Developer Mode, right-click the server → Copy Server ID)');
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(`${err.message}\nSee .env.example for every setting.`);
    return 2;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    io.err('discord:register needs DISCORD_TOKEN and DISCORD_APP_ID (in .env or the environment; see .env.example).');
    return 2;
  }
  const guildId = values.global ? undefined : (values.guild ?? config.DISCORD_GUILD_ID);
  try {
    const { names, where } = await registerCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APP_ID, guildId });
    io.out(`Registered ${names.length} commands in ${where}: ${names.map((n) => `/${n}`).join(', ')}.`);
    io.out(guildId ? 'They appear in that server at once.' : 'Global commands can take a few minutes to appear; use --guild ID while developing.');
    return 0;
  } catch (err) {
    if (!(err instanceof RegistrationError)) throw err;
    io.err(err.message);
    return 1;
  }
}
