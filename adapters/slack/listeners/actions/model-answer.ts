/** "Show model answer": the bank's answer for the question (or the follow-up) just scored, privately. */
import type { App, BlockButtonAction } from '@slack/bolt';
import { entryById } from '../../../../src/practice/next-question.ts';
import type { SlackContext } from '../../context.ts';
import { ACTIONS, decodeQuestionRef, PayloadError } from '../../ids.ts';
import { modelAnswerMessage, modelFollowUpMessage } from '../../render/model-answer.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';

export function registerModelAnswer(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.modelAnswer, async ({ ack, body, action, client, respond }) => {
    await ack();
    const where = { client, userId: body.user.id, channelId: body.channel?.id ?? null, respond: body.response_url ? respond : undefined };
    try {
      const ref = decodeQuestionRef(action.value);
      const entry = entryById(ctx.practice.bank, ref.questionId);
      const followUp = ref.followUp === undefined ? undefined : entry.followUps?.[ref.followUp - 1];
      if (ref.followUp !== undefined && !followUp) throw new PayloadError('stale');
      await replyPrivately(where, followUp ? modelFollowUpMessage(entry, ref.followUp!, followUp) : modelAnswerMessage(entry), ctx);
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-model-answer-failed');
    }
  });
}
