/** `/coach mock [filters] [count]`: a mock interview's current step, privately; `/coach mock end` gives it up. */
import { messages, viewLang } from '../../../../src/i18n/index.ts';
import type { QuestionFilters } from '../../../../src/practice/index.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { escape } from '../../mrkdwn.ts';
import { notice } from '../../render/blocks.ts';
import { mockIntro } from '../../../shared/mock-text.ts';
import { mockStepMessage } from '../../render/mock.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

export async function mock(ctx: SlackContext, req: CommandRequest, filters: QuestionFilters, count: number | undefined): Promise<void> {
  const progress = await ctx.practice.startMock(await userOf(ctx, req), { filters, count, scope: scopeOf(req.teamId) });
  await reply(ctx, req, mockStepMessage(progress.mockId, progress.step, progress.lang, mockIntro(progress)));
}

export async function endMock(ctx: SlackContext, req: CommandRequest): Promise<void> {
  const user = await userOf(ctx, req);
  const m = messages(viewLang(await ctx.practice.langSetting(user)));
  await reply(ctx, req, notice(escape((await ctx.practice.endMock(user)) ? m.mockRun.ended : m.mockRun.nothingToEnd)));
}
