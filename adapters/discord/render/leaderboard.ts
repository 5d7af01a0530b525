/** `/leaderboard`: this server's board for the week or all time. */
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Leaderboard, LeaderboardRow } from '../../../src/practice/index.ts';
import { fitEmbed } from '../limits.ts';
import { COLOURS } from './message.ts';

const line = (r: LeaderboardRow) => {
  // Names are people's own choice: shown literally, never as markdown.
  const text = `**${r.rank}.** ${escapeMarkdown(r.name)} · ${r.score.toFixed(1)} · ${r.questions} question${r.questions === 1 ? '' : 's'}`;
  return r.you ? `${text} ← you` : text;
};

export function leaderboardEmbed(board: Leaderboard, nameShown: boolean | null): APIEmbed {
  const period = board.period === 'week' ? `this week (since Monday ${board.since}, UTC)` : 'all time';
  const rows = board.rows.length === 0 ? ['Nobody yet: be the first with /practice.'] : board.rows.map(line);
  if (board.you && !board.rows.some((r) => r.you)) rows.push('…', line(board.you));
  const choice = nameShown === null ? '' : nameShown ? '\nYour name now shows on boards.' : '\nYou now show as an anonymous candidate.';
  return fitEmbed({
    color: COLOURS.neutral,
    title: `Leaderboard · ${period}`,
    description: `${rows.join('\n')}${choice}`,
    footer: {
      text: `${board.participants} candidate${board.participants === 1 ? '' : 's'} · score = sum of best scores per question ÷ ${board.bankQuestions} questions · names show only for people who chose /leaderboard show_my_name:true`,
    },
  });
}
