/** `/question id:`: one question looked up, with an Answer button in case the user wants to try it. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import { questionMessage } from '../render/question.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';
import { questionIdFrom } from './options.ts';

export async function questionCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const id = questionIdFrom(ctx, interaction.options.getString('id', true)) ?? '';
  const pick = await ctx.practice.nextQuestion(practiceUser(interaction, ctx.defaultTimeZone), { id });
  await replyPrivately(interaction, questionMessage(pick));
}
