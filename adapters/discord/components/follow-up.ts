/**
 * **Follow-up** under a practice score: the interviewer changes one constraint of the question just
 * answered. The button opens the follow-up's modal (one quick store read picks which follow-up); the
 * submit is graded as a follow-up, kept off the leaderboard, and shown like any score.
 */
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import { MAX_ANSWER_CHARS } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { followUpModal } from '../render/mock.ts';
import { scoreMessage } from '../render/score.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';
import { scoredSubmit } from './scored-submit.ts';

const draftKey = (questionId: string, n: number) => `fu:${questionId}:${n}`;

export async function followUpButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'fu'>): Promise<void> {
  const pick = await ctx.practice.followUpQuestion(practiceUser(interaction, ctx.defaultTimeZone), id.questionId, id.followUp);
  // Under `auto` a Chinese Discord client gets the twist in Chinese; a language the person set wins.
  const lang = !pick.langChosen && interaction.locale?.startsWith('zh') ? 'zh' : pick.lang;
  await interaction.showModal(followUpModal({ ...pick, lang }, MAX_ANSWER_CHARS, ctx.drafts.get(interaction.user.id, draftKey(pick.entry.id, pick.followUp))));
}

export async function followUpSubmitted(ctx: DiscordContext, interaction: ModalSubmitInteraction, id: CustomIdOf<'fumodal'>): Promise<void> {
  const scope = serverScope(interaction);
  const outcome = await scoredSubmit(ctx, interaction, { modal: id, draftKey: draftKey(id.questionId, id.followUp), event: 'discord-follow-up-failed' }, (user, text) =>
    ctx.practice.submitFollowUp(user, id.questionId, id.followUp, text, { scope }),
  );
  if (!outcome || !('value' in outcome)) return;
  await replyPrivately(interaction, scoreMessage(findEntry(ctx.practice.bank, id.questionId)!, outcome.value, {}));
}
