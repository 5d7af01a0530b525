/** "Show model answer". */
import type { ButtonInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { Refusal } from '../failure.ts';
import { modelAnswerEmbed, modelFollowUpEmbed } from '../render/model-answer.ts';
import { replyPrivately } from '../reply.ts';

export async function modelAnswerButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'model'>): Promise<void> {
  const entry = findEntry(ctx.practice.bank, id.questionId);
  if (!entry) throw new Refusal(`Question ${id.questionId} is no longer in the bank.`);
  const followUp = id.followUp === undefined ? undefined : entry.followUps?.[id.followUp - 1];
  if (id.followUp !== undefined && !followUp) throw new Refusal(`Question ${id.questionId} has no follow-up ${id.followUp}.`);
  await replyPrivately(interaction, { embeds: [followUp ? modelFollowUpEmbed(entry, id.followUp!, followUp) : modelAnswerEmbed(entry)] });
}
