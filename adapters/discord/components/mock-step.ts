/**
 * A mock step's **Answer** button opens its modal at once (everything it shows travels in the custom id);
 * the modal's submit is scored like a practice answer (rate limit, defer, kept on failure) and answered
 * with the score, then the next step or, after the last one, the report card as a PNG.
 */
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import { timeTaken } from '../../shared/mock-text.ts';
import { isPracticeError, MAX_ANSWER_CHARS } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { Refusal } from '../failure.ts';
import { mockStepMessage, mockStepModal, reportCardMessage } from '../render/mock.ts';
import { scoreEmbed } from '../render/score.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';
import { viewLangOf } from '../view-lang.ts';
import { scoredSubmit } from './scored-submit.ts';

const draftKey = (id: CustomIdOf<'mock'> | CustomIdOf<'mockmodal'>) => `mock:${id.mockId}:${id.index}:${id.stage}`;

export async function mockAnswerButton(ctx: DiscordContext, interaction: ButtonInteraction, id: CustomIdOf<'mock'>): Promise<void> {
  const entry = findEntry(ctx.practice.bank, id.questionId);
  if (!entry) throw new Refusal(`Question ${id.questionId} is no longer in the bank. Run /mock end:True, then /mock for a new mock.`);
  const lang = await viewLangOf(ctx, interaction, practiceUser(interaction, ctx.defaultTimeZone));
  await interaction.showModal(mockStepModal(id, entry, lang, MAX_ANSWER_CHARS, ctx.drafts.get(interaction.user.id, draftKey(id))));
}

/** Refusals after which this step cannot take the answer: it was answered already, or the mock is over. */
const over = (err: unknown) => isPracticeError(err) && ['mock-step-answered', 'no-mock', 'mock-expired'].includes(err.code);

export async function mockStepSubmitted(ctx: DiscordContext, interaction: ModalSubmitInteraction, id: CustomIdOf<'mockmodal'>): Promise<void> {
  const scope = serverScope(interaction);
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const outcome = await scoredSubmit(ctx, interaction, { modal: id, draftKey: draftKey(id), event: 'discord-mock-failed', final: over }, (u, text) =>
    ctx.practice.answerMock(u, text, { scope, expected: { mockId: id.mockId, index: id.index, kind: id.stage } }),
  );
  if (!outcome) return;
  if ('failed' in outcome) {
    // Show the step the candidate is at now, if their mock goes on.
    const now = over(outcome.failed) ? await ctx.practice.currentMock(user) : null;
    if (now) await replyPrivately(interaction, mockStepMessage(now.mockId, now.step, now.lang));
    return;
  }
  const answered = outcome.value;
  const entry = findEntry(ctx.practice.bank, answered.report.questionId)!;
  // The score first (its own message: two large embeds could pass 6,000 characters together), then what comes next.
  await replyPrivately(interaction, { embeds: [scoreEmbed(entry, answered.report)] });
  if (answered.card) {
    await replyPrivately(interaction, reportCardMessage(answered.card, answered.lang, await ctx.practice.reportCardPng(answered.card, answered.lang)));
  } else {
    const took = timeTaken(answered.lang, answered.elapsedMs, answered.answered.budgetMs);
    await replyPrivately(interaction, mockStepMessage(answered.mockId, answered.next!, answered.lang, [took]));
  }
}
