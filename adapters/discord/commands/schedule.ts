/**
 * `/schedule set|pause|resume|list|delete` for the channel it is run in. Discord hides the command
 * from members without Manage Server, but server admins can override that per role or channel, so
 * the member's permissions are read again here and passed to the Schedules use cases, which decide.
 */
import { PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import type { Caller, ChannelRef, Schedules } from '../../../src/schedule/contract.ts';
import { ScheduleError } from '../../../src/schedule/contract.ts';
import type { DiscordContext } from '../context.ts';
import { Refusal } from '../failure.ts';
import { scheduleEmbed } from '../render/schedule.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser, serverScope } from '../user.ts';
import { parseWeekdays } from '../weekdays.ts';
import { rawFilters } from './options.ts';

const NOT_ADMIN = 'Only members with the **Manage Server** permission can change daily rounds. `/schedule list` shows what is planned.';

/** What the bot needs in a channel to post a round there. */
const POSTING = { ViewChannel: PermissionFlagsBits.ViewChannel, SendMessages: PermissionFlagsBits.SendMessages, EmbedLinks: PermissionFlagsBits.EmbedLinks } as const;

function checkBotCanPost(interaction: ChatInputCommandInteraction): void {
  const have = interaction.appPermissions ?? new PermissionsBitField();
  const missing = Object.entries(POSTING).filter(([, bit]) => !have.has(bit)).map(([name]) => name.replace(/([a-z])([A-Z])/g, '$1 $2'));
  if (missing.length > 0) {
    throw new Refusal(`I cannot post rounds in this channel: I am missing ${missing.join(', ')}. Give me ${missing.length === 1 ? 'that permission' : 'those permissions'} here (channel settings → Permissions) and try again.`);
  }
}

export async function scheduleCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const schedules: Schedules | null = ctx.schedules;
  if (!schedules) throw new Refusal('Daily rounds are not switched on for this bot yet; practise any time with /practice.');
  const scope = serverScope(interaction);
  const sub = interaction.options.getSubcommand(true);
  if (sub === 'list') {
    await replyPrivately(interaction, { embeds: [scheduleEmbed('Daily rounds in this server', await schedules.listSchedules(scope))] });
    return;
  }
  const channel: ChannelRef = { platform: 'discord', scope, channelId: interaction.channelId };
  const caller: Caller = {
    user: practiceUser(interaction, ctx.defaultTimeZone),
    isChannelAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
  // Refused here as well as in the core, so a slip on either side cannot let a member change rounds.
  if (!caller.isChannelAdmin) throw new Refusal(NOT_ADMIN);
  try {
    switch (sub) {
      case 'set': {
        checkBotCanPost(interaction);
        const { difficulty, phase, stakeholder } = rawFilters(interaction);
        const windowHours = interaction.options.getInteger('window_hours') ?? undefined;
        const view = await schedules.setSchedule(caller, channel, {
          time: interaction.options.getString('time', true),
          timeZone: interaction.options.getString('timezone') ?? ctx.defaultTimeZone,
          weekdays: parseWeekdays(interaction.options.getString('days')),
          filters: Object.fromEntries(Object.entries({ difficulty, phase, stakeholder }).filter(([, v]) => v !== undefined)),
          ...(windowHours === undefined ? {} : { windowHours }),
        });
        await replyPrivately(interaction, { embeds: [scheduleEmbed('Daily round scheduled', [view], 'Saved. The question is posted here with an Answer button; the summary follows when the round closes.')] });
        return;
      }
      case 'pause':
      case 'resume': {
        if (sub === 'resume') checkBotCanPost(interaction);
        const view = await schedules.pauseSchedule(caller, channel, sub === 'pause');
        await replyPrivately(interaction, { embeds: [scheduleEmbed(sub === 'pause' ? 'Daily round paused' : 'Daily round resumed', [view])] });
        return;
      }
      case 'delete':
        await schedules.deleteSchedule(caller, channel);
        await replyPrivately(interaction, { content: 'The daily round in this channel is deleted. Past answers and leaderboards stay.' });
        return;
      default:
        throw new Refusal('That /schedule action is not known; try /schedule list.');
    }
  } catch (err) {
    // The core's refusal is platform-neutral; on Discord the permission has a name people can look for.
    if (err instanceof ScheduleError && err.code === 'not-admin') throw new Refusal(NOT_ADMIN);
    throw err;
  }
}
