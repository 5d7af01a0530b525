/** Who is asking, in the practice core's terms, and which server's leaderboard their answers count for. */
import type { BaseInteraction } from 'discord.js';
import type { PracticeUser } from '../../src/practice/index.ts';
import { Refusal } from './failure.ts';

export function practiceUser(interaction: BaseInteraction, timeZone: string): PracticeUser {
  const member = interaction.member;
  // A cached GuildMember knows its display name; the raw API member only its nickname.
  const nick = member ? ('displayName' in member ? member.displayName : member.nick) : null;
  return {
    platform: 'discord',
    platformUserId: interaction.user.id,
    displayName: nick || interaction.user.globalName || interaction.user.username,
    timeZone,
  };
}

/** Leaderboards are per server; the commands are registered for servers only, so this rarely refuses. */
export function serverScope(interaction: BaseInteraction): string {
  if (!interaction.guildId) throw new Refusal('This works inside a server, where your scores join its leaderboard. Run it in a channel there.');
  return `discord:${interaction.guildId}`;
}
