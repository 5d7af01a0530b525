/**
 * The Answer button: the modal opens before anything else happens, because the trigger_id is valid for
 * 3 s and only once. The question comes from the bank in memory; nothing slow runs before views.open.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import type { SlackContext } from '../../context.ts';
import { ACTIONS, decodeQuestionRef, PayloadError } from '../../ids.ts';
import { answerModal } from '../../render/answer-modal.ts';
import { replyWithFailure } from '../../reply.ts';

export function registerAnswer(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.answer, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channelId = body.channel?.id ?? null;
    try {
      const ref = decodeQuestionRef(action.value);
      const entry = findEntry(ctx.practice.bank, ref.questionId);
      // The bank was reloaded without this question since the message was posted.
      if (!entry) throw new PayloadError('stale');
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal(entry, { questionId: entry.id, roundId: ref.roundId, channelId }) });
    } catch (err) {
      await replyWithFailure({ client, userId: body.user.id, channelId, respond }, err, ctx, 'slack-answer-button-failed');
    }
  });
}
