/**
 * Progress as Block Kit. The chart is text (sparklines in a code block), not the PNG: App Home and
 * ephemeral messages can only show images from a public URL, and uploading a file per view would fill
 * the workspace's files with charts. The PNG stays available to adapters that can attach files.
 */
import type { Progress, Stat } from '../../../src/practice/index.ts';
import { DIMENSION_LABELS, DIMENSIONS } from '../../../src/scoring/report.ts';
import { escape } from '../mrkdwn.ts';
import { context, section, type Block } from './blocks.ts';
import { round1, sparkline } from '../../shared/text-chart.ts';

const signed = (n: number | null) => (n === null ? '    —' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`.padStart(5));
const avg = (s: Stat) => (s.average === null ? '—' : round1(s.average).toFixed(1)).padStart(5);

export function progressChart(p: Progress): string {
  const recent = p.history.slice(-p.window);
  const rows = DIMENSIONS.map((d) => `${DIMENSION_LABELS[d].padEnd(19)}${avg(p.dimensions[d])} ${signed(p.dimensions[d].trend)}  ${sparkline(recent.map((h) => h.dimensions[d]))}`);
  rows.push(`${'Total'.padEnd(19)}${''.padStart(5)} ${''.padStart(5)}  ${sparkline(recent.map((h) => h.total))}`);
  // Follow-up answers: a dimension of their own.
  if (p.adaptability.attempts > 0) rows.push(`${'Adaptability'.padEnd(19)}${avg(p.adaptability)} ${signed(p.adaptability.trend)}  ${sparkline(p.followUps.slice(-p.window).map((f) => f.total))}`);
  return `\`\`\`${'dimension'.padEnd(19)}${'avg'.padStart(5)} ${'trend'.padStart(5)}  last ${recent.length}\n${rows.join('\n')}\`\`\``;
}

function groupLine(title: string, stats: Record<string, Stat>): string | null {
  const shown = Object.entries(stats).filter(([, s]) => s.attempts > 0 && s.average !== null);
  return shown.length > 0 ? `*${title}*: ${shown.map(([k, s]) => `${escape(k)} ${round1(s.average!)}`).join(' · ')}` : null;
}

export function streakLine(p: Progress): string {
  const s = p.streak;
  return `:fire: Streak *${s.current}* day${s.current === 1 ? '' : 's'} (longest ${s.longest})${s.activeToday || s.current === 0 ? '' : ' · answer one today to keep it'}`;
}

export function progressBlocks(p: Progress): Block[] {
  if (p.attempts === 0) return [section('No attempts yet. Answer a question and your progress shows here.')];
  const weakest = p.weakestDimension ? `Weakest dimension: *${DIMENSION_LABELS[p.weakestDimension]}*: the next question targets it.` : '';
  const groups = [groupLine('Difficulty', p.difficulty), groupLine('Phase', p.phase), groupLine('Stakeholder', p.stakeholder)].filter((l): l is string => l !== null);
  const best = p.questions.map((q) => `${q.questionId} ${q.best}`).join(' · ');
  return [
    section(`*Progress* · ${p.attempts} attempt${p.attempts === 1 ? '' : 's'}\n${streakLine(p)}${weakest ? `\n${weakest}` : ''}`),
    section(progressChart(p)),
    ...(groups.length > 0 ? [context(...groups)] : []),
    ...(best ? [context(`Best per question: ${best}`)] : []),
  ];
}
