/** `/coach leaderboard [week|all]`: this workspace's board. */
import type { LeaderboardPeriod } from '../../../../src/practice/index.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { leaderboardMessage } from '../../render/leaderboard.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

export async function leaderboard(ctx: SlackContext, req: CommandRequest, period: LeaderboardPeriod): Promise<void> {
  const board = ctx.practice.leaderboard(scopeOf(req.teamId), period, { viewer: await userOf(ctx, req) });
  await reply(ctx, req, leaderboardMessage(board));
}
