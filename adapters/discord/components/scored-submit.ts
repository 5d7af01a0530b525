/**
 * What every answer modal's submit does around its scoring: one scored answer per user per interval,
 * a deferral (scoring plus a write can pass Discord's 3 s on a busy machine), and an answer that cannot be
 * scored kept and handed back, never dropped. Practice answers, mock steps and follow-ups share it.
 */
import type { ModalSubmitInteraction } from 'discord.js';
import type { PracticeUser } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import type { CustomIdOf } from '../custom-id.ts';
import { describeError, userMessageFor } from '../failure.ts';
import { keptAnswerMessage, rateLimitText } from '../render/kept-answer.ts';
import { deferPrivately, replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';
import { CustomIdError } from '../custom-id.ts';
import { ANSWER_FIELD } from '../render/answer-modal.ts';

/** The answer field; a submit without it was not made from the bot's modal. */
function answerOf(interaction: ModalSubmitInteraction): string {
  const field = interaction.fields.fields.get(ANSWER_FIELD);
  if (!field || !('value' in field) || typeof field.value !== 'string') throw new CustomIdError('forged');
  return field.value;
}

export type Submission = {
  modal: CustomIdOf<'modal'> | CustomIdOf<'mockmodal'> | CustomIdOf<'fumodal'>;
  /** Where a kept draft is filed (the modal reopens with it). */
  draftKey: string;
  /** For the log of a failure. */
  event: string;
  /** A refusal after which this answer cannot be sent again (no "Answer again", no draft kept). */
  final?: (err: unknown) => boolean;
};

/** Scores the modal's answer with `score`; resolves with its result, or null once the person has been told why not. */
export async function scoredSubmit<T>(
  ctx: DiscordContext,
  interaction: ModalSubmitInteraction,
  s: Submission,
  score: (user: PracticeUser, text: string) => Promise<T>,
): Promise<{ value: T } | { failed: unknown } | null> {
  const text = answerOf(interaction);
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const slot = ctx.limiter.take(user.platformUserId);
  if (!slot.ok) {
    ctx.drafts.keep(user.platformUserId, s.draftKey, text);
    await replyPrivately(interaction, keptAnswerMessage(rateLimitText(slot.retryInMs, ctx.limiter.intervalMs), s.modal, text));
    return null;
  }
  await deferPrivately(interaction);
  try {
    const value = await score(user, text);
    ctx.drafts.drop(user.platformUserId, s.draftKey);
    return { value };
  } catch (err) {
    const { message, bug } = userMessageFor(err);
    if (bug) ctx.log.error({ event: s.event, err: describeError(err), question: s.modal.questionId }, 'answer could not be scored');
    else ctx.limiter.release(user.platformUserId);
    const final = s.final?.(err) ?? false;
    if (!final) ctx.drafts.keep(user.platformUserId, s.draftKey, text);
    await replyPrivately(interaction, keptAnswerMessage(message, final ? null : s.modal, text));
    return { failed: err };
  }
}
