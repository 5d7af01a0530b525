/** A workspace's leaderboard; names only for people who chose to show theirs. */
import type { Leaderboard } from '../../../src/practice/index.ts';
import { escape } from '../mrkdwn.ts';
import { context, header, message, section, type SlackMessage } from './blocks.ts';

export function leaderboardMessage(board: Leaderboard): SlackMessage {
  const title = board.period === 'week' ? `this week (since Monday ${board.since}, UTC)` : 'all time';
  const line = (r: Leaderboard['rows'][number]) => `${r.rank}. ${escape(r.name)} · *${r.score.toFixed(1)}* · ${r.questions} question${r.questions === 1 ? '' : 's'}${r.you ? ' ← you' : ''}`;
  const rows = board.rows.length === 0 ? ['Nobody yet: be the first.'] : board.rows.map(line);
  if (board.you && !board.rows.some((r) => r.you)) rows.push(line(board.you));
  return message(`Leaderboard, ${title}`, [
    header(`Leaderboard · ${board.period === 'week' ? 'this week' : 'all time'}`),
    section(rows.join('\n')),
    context(`${title} · ${board.participants} candidate${board.participants === 1 ? '' : 's'} · score = sum of best scores per question ÷ ${board.bankQuestions} questions`),
  ]);
}
