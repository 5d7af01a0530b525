/** `/coach schedule …`: the channel's daily round. Whether the caller may change it is Slack's to say. */
import type { Caller, ChannelRef, Schedules } from '../../../../src/schedule/contract.ts';
import { isChannelAdmin } from '../../channel-admin.ts';
import type { CoachCommand } from '../../command-text.ts';
import { scopeOf, type SlackContext } from '../../context.ts';
import { Refusal } from '../../failure.ts';
import { notice } from '../../render/blocks.ts';
import { schedulePausedMessage, scheduleListMessage, scheduleSetMessage } from '../../render/schedule.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

type ScheduleCommand = Extract<CoachCommand, { kind: `schedule-${string}` }>;

function schedulesOrRefuse(ctx: SlackContext): Schedules {
  if (!ctx.schedules) throw new Refusal('Daily rounds are not switched on in this app yet.');
  return ctx.schedules;
}

export async function schedule(ctx: SlackContext, req: CommandRequest, command: ScheduleCommand): Promise<void> {
  const schedules = schedulesOrRefuse(ctx);
  const channel: ChannelRef = { platform: 'slack', scope: scopeOf(req.teamId), channelId: req.channelId };
  if (command.kind === 'schedule-list') {
    await reply(ctx, req, scheduleListMessage(await schedules.listSchedules(channel.scope, channel.channelId)));
    return;
  }
  // Slack runs slash commands in DMs too; a round there would only ever reach one person.
  if (req.channelId.startsWith('D')) throw new Refusal('Daily rounds are for channels. Run this command in the channel that should get the round.');
  const caller: Caller = { user: await userOf(ctx, req), isChannelAdmin: await isChannelAdmin(req.client, req.userId, req.channelId, ctx.log) };
  switch (command.kind) {
    case 'schedule-set':
      await reply(ctx, req, scheduleSetMessage(await schedules.setSchedule(caller, channel, command.input)));
      return;
    case 'schedule-pause':
    case 'schedule-resume':
      await reply(ctx, req, schedulePausedMessage(await schedules.pauseSchedule(caller, channel, command.kind === 'schedule-pause')));
      return;
    case 'schedule-delete':
      await schedules.deleteSchedule(caller, channel);
      await reply(ctx, req, notice(':wastebasket: The daily round of this channel is deleted.'));
      return;
  }
}
