/**
 * "Practise now" on the App Home tab. Picking the question needs the person's profile (a Web API call),
 * which could outlast the trigger_id: the modal opens at once with a placeholder and is then updated.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { ACTIONS } from '../../ids.ts';
import { answerModal } from '../../render/answer-modal.ts';
import { section } from '../../render/blocks.ts';
import { replyWithFailure } from '../../reply.ts';

export function registerPractiseNow(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.practiseNow, async ({ ack, body, client }) => {
    await ack();
    try {
      const opened = await client.views.open({
        trigger_id: body.trigger_id,
        view: { type: 'modal', title: { type: 'plain_text', text: 'Practice' }, blocks: [section('Picking a question for you…')] },
      });
      const pick = await ctx.practice.nextQuestion(await ctx.people.user(client, body.user.id, body.user.name));
      // No channel: the score comes back as a direct message in the app's Messages tab.
      await client.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view: answerModal(pick.entry, { questionId: pick.entry.id, roundId: null, channelId: null }) });
    } catch (err) {
      await replyWithFailure({ client, userId: body.user.id, channelId: null }, err, ctx, 'slack-practise-now-failed');
    }
  });
}
