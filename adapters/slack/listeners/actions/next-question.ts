/** "Next question" under a score or a model answer: the adaptive pick, privately where the button was. */
import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { ACTIONS } from '../../ids.ts';
import { questionMessage } from '../../render/question.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';

export function registerNextQuestion(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(ACTIONS.next, async ({ ack, body, client, respond }) => {
    await ack();
    const where = { client, userId: body.user.id, channelId: body.channel?.id ?? null, respond: body.response_url ? respond : undefined };
    try {
      const pick = await ctx.practice.nextQuestion(await ctx.people.user(client, body.user.id, body.user.name));
      await replyPrivately(where, questionMessage(pick.entry), ctx);
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-next-question-failed');
    }
  });
}
