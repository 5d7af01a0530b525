/**
 * A mock step's Answer button: the modal opens at once (the trigger_id lives 3 s, once). What it shows
 * travels in the button's value, the step's language included (a button from before it carried one reads
 * the person's setting).
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import type { SlackContext } from '../../context.ts';
import { ACTIONS, decodeMockStep, PayloadError } from '../../ids.ts';
import { mockModal } from '../../render/mock.ts';
import { replyWithFailure } from '../../reply.ts';
import { viewLangOf } from '../../view-lang.ts';

export function registerMockAnswer(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.mockAnswer, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channelId = body.channel?.id ?? null;
    try {
      const ref = decodeMockStep(action.value);
      const entry = findEntry(ctx.practice.bank, ref.questionId);
      if (!entry) throw new PayloadError('stale');
      await client.views.open({ trigger_id: body.trigger_id, view: mockModal(ref, entry, ref.lang ?? (await viewLangOf(ctx, body.user)), channelId) });
    } catch (err) {
      await replyWithFailure({ client, userId: body.user.id, channelId, respond }, err, ctx, 'slack-mock-button-failed');
    }
  });
}
