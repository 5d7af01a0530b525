/**
 * Follow-up under a practice score: the follow-up's modal, with the twist in view. Which follow-up is
 * asked comes from one store read (the one the person has answered least), quick enough for the trigger.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { ACTIONS, decodeQuestionRef } from '../../ids.ts';
import { followUpModal } from '../../render/mock.ts';
import { replyWithFailure } from '../../reply.ts';
import { clicker } from '../../view-lang.ts';

export function registerFollowUp(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.followUp, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channelId = body.channel?.id ?? null;
    try {
      const ref = decodeQuestionRef(action.value);
      const pick = await ctx.practice.followUpQuestion(clicker(body.user), ref.questionId);
      await client.views.open({ trigger_id: body.trigger_id, view: followUpModal(pick, channelId) });
    } catch (err) {
      await replyWithFailure({ client, userId: body.user.id, channelId, respond: body.response_url ? respond : undefined }, err, ctx, 'slack-follow-up-button-failed');
    }
  });
}
