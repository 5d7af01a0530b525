/** `/coach practice …` and `/coach question Qn`: a question, privately, with its Answer button. */
import type { QuestionFilters } from '../../../../src/practice/index.ts';
import type { SlackContext } from '../../context.ts';
import { questionMessage } from '../../render/question.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

const WHY = { chosen: undefined, new: 'New to you', due: 'Due for review', weakest: 'Targets your weakest dimension' } as const;

export async function practice(ctx: SlackContext, req: CommandRequest, filters: QuestionFilters): Promise<void> {
  const pick = await ctx.practice.nextQuestion(await userOf(ctx, req), filters);
  const why = WHY[pick.reason];
  const note = why && pick.matching > 1 ? `${why} · picked from ${pick.matching} questions` : why;
  await reply(ctx, req, questionMessage(pick.entry, note ? { note } : {}));
}
