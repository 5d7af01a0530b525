/**
 * The answer modal's submit: rate limit, defer (scoring plus a write can pass Discord's 3 s on a busy
 * machine), submit to the core, and show the score privately. An answer that cannot be scored is
 * kept and handed back; it is never dropped.
 */
import type { ModalSubmitInteraction } from 'discord.js';
import { findEntry } from '../../../src/bank/query.ts';
import type { DiscordContext } from '../context.ts';
import { CustomIdError, type CustomIdOf } from '../custom-id.ts';
import { describeError, userMessageFor } from '../failure.ts';
import { ANSWER_FIELD } from '../render/answer-modal.ts';
import { keptAnswerMessage, rateLimitText } from '../render/kept-answer.ts';
import { scoreMessage, type ScoreNote } from '../render/score.ts';
import { deferPrivately, replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';

/** The round an answer counts for: only one still open, for this question, in this server. */
async function roundOf(ctx: DiscordContext, id: CustomIdOf<'modal'>, scope: string): Promise<{ roundId: number | null; note: ScoreNote }> {
  if (id.roundId === null || !ctx.schedules) return { roundId: null, note: {} };
  const round = await ctx.schedules.round(id.roundId);
  if (round && round.open && round.questionId === id.questionId && round.channel.scope === scope) return { roundId: round.roundId, note: { inRound: true } };
  return { roundId: null, note: { roundClosed: true } };
}

/** The answer field; a submit without it was not made from the bot's modal. */
export function answerOf(interaction: ModalSubmitInteraction): string {
  const field = interaction.fields.fields.get(ANSWER_FIELD);
  if (!field || !('value' in field) || typeof field.value !== 'string') throw new CustomIdError('forged');
  return field.value;
}

export async function answerSubmitted(ctx: DiscordContext, interaction: ModalSubmitInteraction, id: CustomIdOf<'modal'>): Promise<void> {
  const text = answerOf(interaction);
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const scope = serverScope(interaction);
  const slot = ctx.limiter.take(user.platformUserId);
  if (!slot.ok) {
    ctx.drafts.keep(user.platformUserId, id.questionId, text);
    await replyPrivately(interaction, keptAnswerMessage(rateLimitText(slot.retryInMs, ctx.limiter.intervalMs), id, text));
    return;
  }
  await deferPrivately(interaction);
  let report;
  let note: ScoreNote = {};
  try {
    const round = await roundOf(ctx, id, scope);
    note = round.note;
    report = await ctx.practice.submitAnswer(user, id.questionId, text, { scope, roundId: round.roundId });
  } catch (err) {
    const { message, bug } = userMessageFor(err);
    if (bug) ctx.log.error({ event: 'discord-submit-failed', err: describeError(err), question: id.questionId }, 'answer could not be scored');
    else ctx.limiter.release(user.platformUserId);
    ctx.drafts.keep(user.platformUserId, id.questionId, text);
    await replyPrivately(interaction, keptAnswerMessage(message, id, text));
    return;
  }
  ctx.drafts.drop(user.platformUserId, id.questionId);
  const entry = findEntry(ctx.practice.bank, report.questionId)!;
  await replyPrivately(interaction, scoreMessage(entry, report, id.filters, note));
}
