/** **Answer**: opens the answer modal at once (a modal cannot follow a deferral), with any kept draft in it. */
import type { ButtonInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import { MAX_ANSWER_CHARS } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { Refusal } from '../failure.ts';
import { answerModal } from '../render/answer-modal.ts';

export async function answerButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'answer'>): Promise<void> {
  const entry = findEntry(ctx.practice.bank, id.questionId);
  if (!entry) throw new Refusal(`Question ${id.questionId} is no longer in the bank. Run /practice for another one.`);
  const draft = ctx.drafts.get(interaction.user.id, entry.id);
  await interaction.showModal(answerModal(entry, { kind: 'modal', questionId: entry.id, roundId: id.roundId, filters: id.filters }, MAX_ANSWER_CHARS, draft));
}
