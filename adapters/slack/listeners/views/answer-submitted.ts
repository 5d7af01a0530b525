/**
 * An answer from the modal. Slack waits 3 s for the ack, so only cheap checks run before it: a bad form
 * or an empty answer keeps the modal open with the message under the input (nothing typed is lost).
 * Scoring runs after the ack, and the score comes back privately in the channel the modal came from.
 */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { ANSWER_VIEW, decodeAnswerMetadata, type AnswerMetadata } from '../../ids.ts';
import { scoreMessage, type ScoreNote } from '../../render/score.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';
import { ackCheckedAnswer } from './checked-answer.ts';

/** The round an answer counts for, if it is still open; otherwise it counts as practice. */
async function roundFor(ctx: SlackContext, meta: AnswerMetadata): Promise<{ roundId: number | null; note: ScoreNote }> {
  if (meta.roundId === null || !ctx.schedules) return { roundId: null, note: {} };
  const round = await ctx.schedules.round(meta.roundId);
  if (!round || round.questionId !== meta.questionId) return { roundId: null, note: {} };
  return round.open ? { roundId: round.roundId, note: { inRound: true } } : { roundId: null, note: { roundClosed: true } };
}

export function registerAnswerSubmitted(app: App, ctx: SlackContext): void {
  app.view<ViewSubmitAction>(ANSWER_VIEW, async ({ ack, body, view, client }) => {
    const checked = await ackCheckedAnswer(ctx, ack, view, decodeAnswerMetadata);
    if (!checked) return;
    const { meta, text } = checked;
    const where = { client, userId: body.user.id, channelId: meta.channelId };
    try {
      const user = await ctx.people.user(client, body.user.id, body.user.name);
      const { roundId, note } = await roundFor(ctx, meta);
      const report = await ctx.practice.submitAnswer(user, meta.questionId, text, { scope: scopeOf(body.user.team_id ?? body.team?.id ?? 'unknown'), roundId });
      await replyPrivately(where, scoreMessage(findEntry(ctx.practice.bank, meta.questionId)!, report, note, text), ctx);
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-answer-failed');
    }
  });
}
