/** The forget-me confirmation buttons: delete everything, or keep it. The question is replaced by the outcome. */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { ACTIONS } from '../../ids.ts';
import { replyWithFailure } from '../../reply.ts';

export function registerForget(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.forgetConfirm, async ({ ack, body, client, respond }) => {
    await ack();
    try {
      const { forgotten } = await ctx.practice.forgetUser({ platform: 'slack', platformUserId: body.user.id, displayName: body.user.name ?? body.user.id, timeZone: 'UTC' });
      await respond({ replace_original: true, text: forgotten ? ':wastebasket: Done: everything I kept about you is deleted.' : 'I had nothing stored about you, so there was nothing to delete.' });
    } catch (err) {
      await replyWithFailure({ client, userId: body.user.id, channelId: body.channel?.id ?? null, respond }, err, ctx, 'slack-forget-failed');
    }
  });
  app.action<BlockButtonAction>(ACTIONS.forgetCancel, async ({ ack, respond }) => {
    await ack();
    await respond({ replace_original: true, text: 'Kept: nothing was deleted.' });
  });
}
