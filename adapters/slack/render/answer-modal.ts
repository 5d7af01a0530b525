/** The answer modal: the question again (so it stays in view) and one multi-line input. */
import type { types } from '@slack/bolt';
import type { Entry } from '../../../src/bank/schema.ts';
import { ANSWER_BLOCK, ANSWER_INPUT, ANSWER_VIEW, encodeAnswerMetadata, type AnswerMetadata } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { escape } from '../mrkdwn.ts';
import { capped, context, section } from './blocks.ts';
import { constraintsText, tagsLine } from './question.ts';

export function answerModal(entry: Entry, metadata: AnswerMetadata): types.ModalView {
  return {
    type: 'modal',
    callback_id: ANSWER_VIEW,
    title: { type: 'plain_text', text: `Answer ${entry.id}`.slice(0, LIMITS.modalTitle) },
    submit: { type: 'plain_text', text: 'Score my answer' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: encodeAnswerMetadata(metadata),
    blocks: capped(
      [
        section(`*${escape(entry.question)}*`),
        section(constraintsText(entry)),
        context(tagsLine(entry), ...(metadata.roundId !== null ? ['Counts for today’s round.'] : [])),
        {
          type: 'input',
          block_id: ANSWER_BLOCK,
          label: { type: 'plain_text', text: 'Your answer' },
          hint: { type: 'plain_text', text: `Up to ${LIMITS.answerChars.toLocaleString('en-US')} characters. Numbers, constraints, trade-offs and stakeholders all count. Only you see the score.` },
          element: {
            type: 'plain_text_input',
            action_id: ANSWER_INPUT,
            multiline: true,
            max_length: LIMITS.answerChars,
            placeholder: { type: 'plain_text', text: 'The decision, the numbers behind it, what you trade away, who signs off…' },
          },
        },
      ],
      LIMITS.viewBlocks,
    ),
  };
}
