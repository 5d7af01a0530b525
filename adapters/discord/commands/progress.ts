/** `/progress`: the chart as a PNG and the numbers beside it, privately. Rendering the PNG takes a moment: deferred. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import { CHART_FILE, progressEmbed } from '../render/progress.ts';
import { deferPrivately, replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';

export async function progressCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  await deferPrivately(interaction);
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const progress = await ctx.practice.progress(user);
  if (progress.attempts === 0) {
    await replyPrivately(interaction, { embeds: [progressEmbed(progress, false)] });
    return;
  }
  const chart = await ctx.practice.progressChart(user, `Progress of ${user.displayName}`);
  await replyPrivately(interaction, { embeds: [progressEmbed(progress, true)], files: [{ attachment: chart, name: CHART_FILE }] });
}
