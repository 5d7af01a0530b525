/** `/coach progress`: the same view as the Home tab, privately in the channel. */
import type { SlackContext } from '../../context.ts';
import { context, message } from '../../render/blocks.ts';
import { progressBlocks } from '../../render/progress.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

export async function progress(ctx: SlackContext, req: CommandRequest): Promise<void> {
  const p = await ctx.practice.progress(await userOf(ctx, req));
  await reply(ctx, req, message('Your progress', [...progressBlocks(p), context('Only you can see this. The Home tab of this app shows it too.')]));
}
