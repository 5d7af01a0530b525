/** A practice follow-up's answer from its modal: checked before the ack, graded after it, the score privately. */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { decodeFollowUpMetadata, FOLLOW_UP_VIEW } from '../../ids.ts';
import { scoreMessage } from '../../render/score.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';
import { ackCheckedAnswer } from './checked-answer.ts';

export function registerFollowUpSubmitted(app: App, ctx: SlackContext): void {
  app.view<ViewSubmitAction>(FOLLOW_UP_VIEW, async ({ ack, body, view, client }) => {
    const checked = await ackCheckedAnswer(ctx, ack, view, decodeFollowUpMetadata);
    if (!checked) return;
    const { meta, text } = checked;
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
