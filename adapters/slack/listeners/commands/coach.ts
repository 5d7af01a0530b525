/** `/coach`: acknowledged at once (Slack allows 3 s), then read and answered privately. */
import type { App } from '@slack/bolt';
import { parseCoachText } from '../../command-text.ts';
import type { SlackContext } from '../../context.ts';
import { helpMessage } from '../../render/help.ts';
import { replyWithFailure } from '../../reply.ts';
import { exportData } from './export.ts';
import { forgetMe } from './forget-me.ts';
import { lang } from './lang.ts';
import { leaderboard } from './leaderboard.ts';
import { endMock, mock } from './mock.ts';
import { practice } from './practice.ts';
import { progress } from './progress.ts';
import { reply, type CommandRequest } from './request.ts';
import { schedule } from './schedule.ts';

export const COMMAND = '/coach';

export async function runCoach(ctx: SlackContext, req: CommandRequest, text: string): Promise<void> {
  const command = parseCoachText(text);
  switch (command.kind) {
    case 'help':
      return reply(ctx, req, helpMessage(command.problem));
    case 'practice':
      return practice(ctx, req, command.filters);
    case 'question':
      return practice(ctx, req, { id: command.id });
    case 'progress':
      return progress(ctx, req);
    case 'leaderboard':
      return leaderboard(ctx, req, command.period, command.showName);
    case 'forget-me':
      return forgetMe(ctx, req);
    case 'export':
      return exportData(ctx, req);
    case 'mock':
      return mock(ctx, req, command.filters, command.count);
    case 'mock-end':
      return endMock(ctx, req);
    case 'lang':
      return lang(ctx, req, command.setting);
    default:
      return schedule(ctx, req, command);
  }
}

export function registerCoach(app: App, ctx: SlackContext): void {
  app.command(COMMAND, async ({ ack, command, client, respond }) => {
    await ack();
    const req: CommandRequest = { client, respond, userId: command.user_id, userName: command.user_name, teamId: command.team_id, channelId: command.channel_id };
    try {
      await runCoach(ctx, req, command.text ?? '');
    } catch (err) {
      await replyWithFailure({ client, userId: req.userId, channelId: req.channelId, respond }, err, ctx, 'slack-command-failed');
    }
  });
}
