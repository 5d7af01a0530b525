/**
 * What every answer modal's submission does before the ack (Slack waits 3 s): read the answer, decode the
 * modal's private_metadata, and check the answer's length. A bad form or an empty answer keeps the modal
 * open with the message under the input, so nothing typed is lost; only a passing answer is acknowledged.
 */
import type { AckFn, ViewResponseAction, ViewSubmitAction } from '@slack/bolt';
import { findEntry } from '../../../../src/bank/query.ts';
import { checkAnswer } from '../../../../src/practice/submit-answer.ts';
import type { SlackContext } from '../../context.ts';
import { describeError, userMessageFor } from '../../failure.ts';
import { ANSWER_BLOCK, ANSWER_INPUT, PayloadError } from '../../ids.ts';
import { LIMITS } from '../../limits.ts';

export async function ackCheckedAnswer<M extends { questionId: string }>(
  ctx: SlackContext,
  ack: AckFn<ViewResponseAction>,
  view: ViewSubmitAction['view'],
  decode: (raw: string | undefined) => M,
): Promise<{ meta: M; text: string } | null> {
  const text = view.state.values[ANSWER_BLOCK]?.[ANSWER_INPUT]?.value ?? '';
  let meta: M;
  try {
    meta = decode(view.private_metadata);
    // The bank was reloaded without this question since the modal opened.
    if (!findEntry(ctx.practice.bank, meta.questionId)) throw new PayloadError('stale');
    checkAnswer(text, LIMITS.answerChars);
  } catch (err) {
    const { message, bug } = userMessageFor(err);
    if (bug) ctx.log.error({ event: 'slack-answer-check-failed', ...describeError(err) }, 'answer check failed');
    await ack({ response_action: 'errors', errors: { [ANSWER_BLOCK]: message } });
    return null;
  }
  await ack();
  return { meta, text };
}
