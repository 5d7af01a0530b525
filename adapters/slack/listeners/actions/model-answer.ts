/** "Show model answer": the bank's answer for the question just scored, privately. */
import type { App, BlockButtonAction } from '@slack/bolt';
import { entryById } from '../../../../src/practice/next-question.ts';
import type { SlackContext } from '../../context.ts';
import { ACTIONS, decodeQuestionRef } from '../../ids.ts';
import { modelAnswerMessage } from '../../render/model-answer.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';

export function registerModelAnswer(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.modelAnswer, async ({ ack, body, action, client, respond }) => {
    await ack();
    const where = { client, userId: body.user.id, channelId: body.channel?.id ?? null, respond: body.response_url ? respond : undefined };
    try {
      const ref = decodeQuestionRef(action.value);
      await replyPrivately(where, modelAnswerMessage(entryById(ctx.practice.bank, ref.questionId)), ctx);
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-model-answer-failed');
    }
  });
}
