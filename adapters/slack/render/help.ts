/** `/coach help`, also the answer to anything `/coach` cannot read. */
import { escape } from '../mrkdwn.ts';
import { context, message, section, type SlackMessage } from './blocks.ts';

export const HELP_LINES = [
  '`/coach practice [difficulty] [phase] [stakeholder] [Qn]`: a question picked for you (new ones first, then reviews, then your weakest dimension). E.g. `/coach practice A Ops SRE`, `/coach practice phase:Ops`.',
  'Under every score, *Follow-up* has the interviewer change one constraint: adapt your design (it counts for adaptability, not the leaderboard).',
  '`/coach mock [difficulty] [phase] [stakeholder] [count]`: a mock interview: questions (default 3, up to 5) with a follow-up after each, 8 minutes a question (shown, never enforced), and a report card at the end (the image in your DM). `/coach mock` again continues one in progress; `/coach mock end` gives it up.',
  '`/coach lang en|zh|auto`: feedback and report cards in English, Chinese, or the language of each answer.',
  '`/coach question Q3`: one question by its id.',
  '`/coach progress`: your chart, streak and weakest dimension (also in the app’s Home tab).',
  '`/coach leaderboard [week|all] [name:on|off]`: this workspace’s board; you are anonymous on it until `name:on`.',
  '`/coach schedule set 09:00 Asia/Shanghai [mon-fri] [difficulty phase stakeholder]`, `schedule pause|resume|list|delete`: a daily round in this channel (workspace admins and the channel’s creator).',
  '`/coach export`: all your data as a JSON file. `/coach forget-me`: delete it all.',
];

export function helpMessage(problem?: string): SlackMessage {
  return message(problem ? escape(problem) : 'constraint-coach commands', [
    ...(problem ? [section(`:thinking_face: ${escape(problem)}`)] : []),
    section(`*constraint-coach*: practise constraint-aware architecture interview questions; answer in your own words and get a private score in seconds.\n\n${HELP_LINES.map((l) => `• ${l}`).join('\n')}`),
    context('Scores, progress and exports are only visible to you.'),
  ]);
}
