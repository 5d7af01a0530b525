/** `/practice`: a question picked by the core within the user's filters, with an Answer button. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import { questionMessage } from '../render/question.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';
import { acceptedFilters, questionIdFrom, rawFilters } from './options.ts';

export async function practiceCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const filters = rawFilters(interaction);
  const id = questionIdFrom(ctx, interaction.options.getString('question'));
  const pick = await ctx.practice.nextQuestion(practiceUser(interaction, ctx.defaultTimeZone), { ...filters, id });
  await replyPrivately(interaction, questionMessage(pick, acceptedFilters(filters)));
}
