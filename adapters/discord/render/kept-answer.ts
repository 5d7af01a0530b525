/** When an answer could not be scored: why, the answer itself back as a file, and a way to try again. */
import { ButtonStyle } from 'discord.js';
import type { CustomId, CustomIdOf } from '../custom-id.ts';
import { fit, LIMITS } from '../limits.ts';
import { button, row, type MessageBody } from './message.ts';

export const KEPT_ANSWER_FILE = 'your-answer.txt';

/** The button that reopens the modal the answer came from: a practice answer, a mock step or a follow-up. */
export type AgainId = CustomIdOf<'answer'> | CustomIdOf<'mock'> | CustomIdOf<'fu'>;

/** The Answer button matching a modal's id. */
export function againFor(modal: CustomIdOf<'modal'> | CustomIdOf<'mockmodal'> | CustomIdOf<'fumodal'>): AgainId {
  switch (modal.kind) {
    case 'modal':
      return { kind: 'answer', questionId: modal.questionId, roundId: modal.roundId, filters: modal.filters };
    case 'mockmodal':
      return { ...modal, kind: 'mock' };
    case 'fumodal':
      return { kind: 'fu', questionId: modal.questionId };
  }
}

/** `modal` null: the step cannot be answered again (already answered, or its mock is over); the text still comes back. */
export function keptAnswerMessage(why: string, modal: CustomIdOf<'modal'> | CustomIdOf<'mockmodal'> | CustomIdOf<'fumodal'> | null, text: string): MessageBody {
  if (!modal) return { content: fit(`${why}\n\nYour answer is attached, so nothing is lost.`, LIMITS.content), files: [{ attachment: Buffer.from(text, 'utf8'), name: KEPT_ANSWER_FILE }] };
  const again: CustomId = againFor(modal);
  const content = `${why}\n\nNothing is lost: your answer is attached, and **Answer again** opens it for editing (for the next 15 minutes).`;
  return {
    content: fit(content, LIMITS.content),
    files: [{ attachment: Buffer.from(text, 'utf8'), name: KEPT_ANSWER_FILE }],
    components: [row(button('Answer again', again, ButtonStyle.Primary))],
  };
}

export const rateLimitText = (retryInMs: number, intervalMs: number) =>
  `One answer every ${Math.round(intervalMs / 1000)} seconds, please: try again in ${Math.max(1, Math.ceil(retryInMs / 1000))} s.`;
