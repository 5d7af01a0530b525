/** Schedules as text: what was set, and the list for a channel or workspace. */
import type { ScheduleView } from '../../../src/schedule/contract.ts';
import { escape } from '../mrkdwn.ts';
import { message, section, type SlackMessage } from './blocks.ts';

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function scheduleLine(s: ScheduleView): string {
  const days = s.weekdays.length === 7 || s.weekdays.length === 0 ? 'every day' : s.weekdays.map((d) => DAY[d]).join(', ');
  const filters = Object.entries(s.filters).filter(([, v]) => v).map(([k, v]) => `${k} ${escape(String(v))}`).join(', ');
  const state = s.status === 'paused' ? `paused${s.pausedReason ? ` (${escape(s.pausedReason)})` : ''}` : `next ${s.nextRunAt ?? '—'}`;
  return `<#${s.channel.channelId}> · ${s.time} ${escape(s.timeZone)} · ${days}${filters ? ` · ${filters}` : ''} · answers for ${s.windowHours} h · ${state}`;
}

export const scheduleSetMessage = (s: ScheduleView): SlackMessage => message('Daily round scheduled', [section(`:calendar: Daily round set: ${scheduleLine(s)}`)]);

export const schedulePausedMessage = (s: ScheduleView): SlackMessage =>
  message(s.status === 'paused' ? 'Daily round paused' : 'Daily round resumed', [section(`${s.status === 'paused' ? ':double_vertical_bar: Paused' : ':arrow_forward: Resumed'}: ${scheduleLine(s)}`)]);

export function scheduleListMessage(schedules: ScheduleView[]): SlackMessage {
  if (schedules.length === 0) return message('No daily rounds', [section('No daily round is scheduled here. An admin can add one with `/coach schedule set 09:00 Europe/Berlin`.')]);
  return message('Daily rounds', [section(`*Daily rounds*\n${schedules.map((s) => `• ${scheduleLine(s)}`).join('\n')}`)]);
}
