/** `/schedule` replies: what is scheduled where, and when it next posts. */
import type { APIEmbed } from 'discord.js';
import type { ScheduleView } from '../../../src/schedule/contract.ts';
import { fitEmbed, fitList, LIMITS } from '../limits.ts';
import { COLOURS, discordTime } from './message.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function weekdaysText(days: readonly number[]): string {
  if (days.length === 0 || days.length === 7) return 'every day';
  if (days.length === 5 && [1, 2, 3, 4, 5].every((d) => days.includes(d))) return 'Monday to Friday';
  return days.map((d) => DAYS[d]).join(', ');
}

export function scheduleLine(s: ScheduleView): string {
  const filters = [s.filters.difficulty, s.filters.phase, s.filters.stakeholder].filter(Boolean).join(' · ');
  const next = s.nextRunAt ? `next ${discordTime(new Date(s.nextRunAt))}` : `paused${s.pausedReason ? `: ${s.pausedReason}` : ''}`;
  return `<#${s.channel.channelId}> · ${s.time} ${s.timeZone}, ${weekdaysText(s.weekdays)} · open ${s.windowHours} h${filters ? ` · ${filters}` : ''} · ${next}`;
}

export function scheduleEmbed(title: string, schedules: readonly ScheduleView[], note = ''): APIEmbed {
  const body = schedules.length === 0 ? 'No daily rounds here yet. `/schedule set time:09:00 timezone:Europe/Berlin` starts one in this channel.' : fitList(schedules.map(scheduleLine), LIMITS.embedDescription - note.length - 2);
  return fitEmbed({ color: COLOURS.neutral, title, description: note ? `${note}\n\n${body}` : body });
}
