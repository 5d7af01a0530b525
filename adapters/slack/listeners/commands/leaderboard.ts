/** `/coach leaderboard [week|all] [name:on|off]`: this workspace's board, and whether your name shows on it. */
import type { LeaderboardPeriod } from '../../../../src/practice/index.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { leaderboardMessage } from '../../render/leaderboard.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

export async function leaderboard(ctx: SlackContext, req: CommandRequest, period: LeaderboardPeriod, showName?: boolean): Promise<void> {
  const viewer = await userOf(ctx, req);
  if (showName !== undefined) await ctx.practice.setShowName(viewer, showName);
  const board = await ctx.practice.leaderboard(scopeOf(req.teamId), period, { viewer });
  await reply(ctx, req, leaderboardMessage(board));
}
