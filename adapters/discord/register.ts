/**
 * Registers the slash commands with Discord: in one server (appear at once, for development) or
 * globally (every server the bot is in). Registration replaces the whole set, so it is idempotent.
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands/definitions.ts';

export type Registration = { token: string; applicationId: string; guildId?: string | undefined; api?: string };

export class RegistrationError extends Error {
  override name = 'RegistrationError';
}

export async function registerCommands(r: Registration): Promise<{ names: string[]; where: string }> {
  const rest = new REST({ version: '10', ...(r.api ? { api: r.api } : {}), retries: 1 }).setToken(r.token);
  const route = r.guildId ? Routes.applicationGuildCommands(r.applicationId, r.guildId) : Routes.applicationCommands(r.applicationId);
  const where = r.guildId ? `server ${r.guildId}` : 'all servers (global)';
  try {
    const result = (await rest.put(route, { body: commandDefinitions() })) as { name: string }[];
    return { names: result.map((c) => c.name), where };
  } catch (err) {
    if (err instanceof DiscordAPIError) {
      if (err.status === 401) throw new RegistrationError('Discord refused the token: check DISCORD_TOKEN (Developer Portal → Bot → Reset Token).');
      if (err.code === 50001 || err.status === 403) {
        throw new RegistrationError(`Discord refused access to ${where}: invite the bot there with the applications.commands scope, and check DISCORD_APP_ID.`);
      }
      if (err.status === 404) throw new RegistrationError(`Discord does not know application ${r.applicationId}${r.guildId ? ` or server ${r.guildId}` : ''}: check DISCORD_APP_ID and the server id.`);
      throw new RegistrationError(`Discord refused the commands (HTTP ${err.status}, code ${err.code}): ${err.message}`);
    }
    throw new RegistrationError(`Could not reach Discord: ${(err as Error).message}`);
  }
}
