/** `/progress`: the chart comes as a PNG attachment; this is the text beside it. */
import type { APIEmbed } from 'discord.js';
import { en } from '../../../src/i18n/en.ts';
import type { Progress } from '../../../src/practice/index.ts';
import { DIMENSION_LABELS, DIMENSIONS } from '../../../src/scoring/report.ts';
import { fitEmbed } from '../limits.ts';
import { round1, scoreBar } from '../../shared/text-chart.ts';
import { COLOURS } from './message.ts';

export const CHART_FILE = 'progress.png';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const trendText = (t: number | null) => (t === null ? '' : t > 0 ? ` ↑${t}` : t < 0 ? ` ↓${-t}` : ' →');

export function progressEmbed(p: Progress, withChart: boolean): APIEmbed {
  if (p.attempts === 0) {
    return { color: COLOURS.neutral, title: 'Your progress', description: 'No attempts yet. Run /practice, answer a question, and your progress shows here.' };
  }
  const streak = `Streak **${days(p.streak.current)}** (longest ${days(p.streak.longest)})${p.streak.activeToday ? '' : ' · answer one today to keep it'}`;
  const weakest = p.weakestDimension ? `Weakest dimension: **${DIMENSION_LABELS[p.weakestDimension]}**: /practice picks questions that train it.` : '';
  return fitEmbed({
    color: COLOURS.neutral,
    title: 'Your progress',
    description: [`${p.attempts} attempt${p.attempts === 1 ? '' : 's'} · averages over the last ${Math.min(p.window, p.attempts)}`, streak, weakest].filter(Boolean).join('\n'),
    fields: [
      ...DIMENSIONS.map((d) => {
        const s = p.dimensions[d];
        return { name: DIMENSION_LABELS[d], value: s.average === null ? '—' : `${scoreBar(s.average)} ${round1(s.average)}${trendText(s.trend)}`, inline: false };
      }),
      // Follow-up answers: a dimension of their own (the Follow-up button, and every mock).
      ...(p.adaptability.average === null
        ? []
        : [{ name: en.mock.adaptability, value: `${scoreBar(p.adaptability.average)} ${round1(p.adaptability.average)}${trendText(p.adaptability.trend)} · ${p.adaptability.attempts} follow-up${p.adaptability.attempts === 1 ? '' : 's'}`, inline: false }]),
    ],
    ...(withChart ? { image: { url: `attachment://${CHART_FILE}` } } : {}),
    footer: { text: 'Only you can see this.' },
  });
}
