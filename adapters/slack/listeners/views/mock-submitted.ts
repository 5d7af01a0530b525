/**
 * A mock step's answer from its modal: cheap checks before the ack (a bad form or an empty answer keeps
 * the modal open), then scoring, the score privately, and the next step, or after the last step the
 * report card as blocks with the PNG in the person's DM.
 */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import { messages } from '../../../../src/i18n/index.ts';
import { timeTaken } from '../../../shared/mock-text.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { decodeMockMetadata, MOCK_VIEW } from '../../ids.ts';
import { mockStepMessage, reportCardMessage } from '../../render/mock.ts';
import { scoreMessage } from '../../render/score.ts';
import { replyPrivately, replyWithFailure } from '../../reply.ts';
import { ackCheckedAnswer } from './checked-answer.ts';
import { uploadToDm } from '../../upload.ts';

export function registerMockSubmitted(app: App, ctx: SlackContext): void {
  app.view<ViewSubmitAction>(MOCK_VIEW, async ({ ack, body, view, client }) => {
    const checked = await ackCheckedAnswer(ctx, ack, view, decodeMockMetadata);
    if (!checked) return;
    const { meta, text } = checked;
    const where = { client, userId: body.user.id, channelId: meta.channelId };
    try {
      const user = await ctx.people.user(client, body.user.id, body.user.name);
      const scope = scopeOf(body.user.team_id ?? body.team?.id ?? 'unknown');
      const r = await ctx.practice.answerMock(user, text, { scope, expected: { mockId: meta.mockId, index: meta.index, kind: meta.stage } });
      await replyPrivately(where, scoreMessage(findEntry(ctx.practice.bank, meta.questionId)!, r.report, {}, text, { buttons: false }), ctx);
      const m = messages(r.lang);
      if (r.card) {
        const uploaded = await uploadToDm(client, body.user.id, { data: await ctx.practice.reportCardPng(r.card, r.lang), filename: m.mockRun.cardFile, title: m.mock.title }, ctx);
        await replyPrivately(where, reportCardMessage(r.card, r.lang, uploaded ? m.mockRun.cardUploaded : m.mockRun.cardNotUploaded), ctx);
      } else {
        const took = timeTaken(r.lang, r.elapsedMs, r.answered.budgetMs);
        await replyPrivately(where, mockStepMessage(r.mockId, r.next!, r.lang, [took]), ctx);
      }
    } catch (err) {
      await replyWithFailure(where, err, ctx, 'slack-mock-answer-failed');
    }
  });
}
