/** `/help`. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { MAX_ANSWER_CHARS } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import { helpEmbed } from '../render/help.ts';
import { replyPrivately } from '../reply.ts';

export async function helpCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  await replyPrivately(interaction, { embeds: [helpEmbed(MAX_ANSWER_CHARS, Math.round(ctx.limiter.intervalMs / 1000))] });
}
