/** "Show model answer". */
import type { ButtonInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { Refusal } from '../failure.ts';
import { modelAnswerEmbed } from '../render/model-answer.ts';
import { replyPrivately } from '../reply.ts';

export async function modelAnswerButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'model'>): Promise<void> {
  const entry = findEntry(ctx.practice.bank, id.questionId);
  if (!entry) throw new Refusal(`Question ${id.questionId} is no longer in the bank.`);
  await replyPrivately(interaction, { embeds: [modelAnswerEmbed(entry)] });
}
