/** A practice follow-up's answer from its modal: checked before the ack, graded after it, the score privately. */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import { checkAnswer } from '../../../../src/practice/submit-answer.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { describeError, userMessageFor } from '../../failure.ts';
import { ANSWER_BLOCK, ANSWER_INPUT, decodeFollowUpMetadata, FOLLOW_UP_VIEW, PayloadError, type FollowUpMetadata } from '../../ids.ts';
import { LIMITS } from '../../limits.ts';
import { scoreMessage } from '../../render/score.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';

export function registerFollowUpSubmitted(app: App, ctx: SlackContext): void {
  app.view<ViewSubmitAction>(FOLLOW_UP_VIEW, async ({ ack, body, view, client }) => {
    const text = view.state.values[ANSWER_BLOCK]?.[ANSWER_INPUT]?.value ?? '';
    let meta: FollowUpMetadata;
    try {
      meta = decodeFollowUpMetadata(view.private_metadata);
      if (!findEntry(ctx.practice.bank, meta.questionId)) throw new PayloadError('stale');
      checkAnswer(text, LIMITS.answerChars);
    } catch (err) {
      const { message, bug } = userMessageFor(err);
      if (bug) ctx.log.error({ event: 'slack-follow-up-check-failed', ...describeError(err) }, 'follow-up check failed');
      await ack({ response_action: 'errors', errors: { [ANSWER_BLOCK]: message } });
      return;
    }
    await ack();
    const where = { client, userId: body.user.id, channelId: meta.channelId };
    try {
      const user = await ctx.people.user(client, body.user.id, body.user.name);
      const report = await ctx.practice.submitFollowUp(user, meta.questionId, meta.followUp, text, { scope: scopeOf(body.user.team_id ?? body.team?.id ?? 'unknown') });
      await replyPrivately(where, scoreMessage(findEntry(ctx.practice.bank, meta.questionId)!, report, {}, text), ctx);
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-follow-up-failed');
    }
  });
}
