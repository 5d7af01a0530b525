/** `/leaderboard`: this server's board; `show_my_name` records the user's choice first. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { LeaderboardPeriod } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import { leaderboardEmbed } from '../render/leaderboard.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';

export async function leaderboardCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const scope = serverScope(interaction);
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const period: LeaderboardPeriod = interaction.options.getString('period') === 'all' ? 'all' : 'week';
  const show = interaction.options.getBoolean('show_my_name');
  if (show !== null) await ctx.practice.setShowName(user, show);
  const board = await ctx.practice.leaderboard(scope, period, { viewer: user, limit: 10 });
  // Private: it marks the viewer's own rank, which is theirs to share.
  await replyPrivately(interaction, { embeds: [leaderboardEmbed(board, show)] });
}
