/** When an answer could not be scored: why, the answer itself back as a file, and a way to try again. */
import { ButtonStyle } from 'discord.js';
import type { CustomIdOf } from '../custom-id.ts';
import { fit, LIMITS } from '../limits.ts';
import { button, row, type MessageBody } from './message.ts';

export const KEPT_ANSWER_FILE = 'your-answer.txt';

export function keptAnswerMessage(why: string, modal: CustomIdOf<'modal'>, text: string): MessageBody {
  const content = `${why}\n\nNothing is lost: your answer is attached, and **Answer again** opens it for editing (for the next 15 minutes).`;
  return {
    content: fit(content, LIMITS.content),
    files: [{ attachment: Buffer.from(text, 'utf8'), name: KEPT_ANSWER_FILE }],
    components: [row(button('Answer again', { kind: 'answer', questionId: modal.questionId, roundId: modal.roundId, filters: modal.filters }, ButtonStyle.Primary))],
  };
}

export const rateLimitText = (retryInMs: number, intervalMs: number) =>
  `One answer every ${Math.round(intervalMs / 1000)} seconds, please: try again in ${Math.max(1, Math.ceil(retryInMs / 1000))} s.`;
