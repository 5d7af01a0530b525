/** "Next question" under a score: the core's next pick within the same filters. */
import type { ButtonInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { questionMessage } from '../render/question.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';

export async function nextQuestionButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'next'>): Promise<void> {
  const pick = await ctx.practice.nextQuestion(practiceUser(interaction, ctx.defaultTimeZone), id.filters);
  await replyPrivately(interaction, questionMessage(pick, id.filters));
}
