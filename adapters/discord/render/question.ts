/** A question as Discord shows it: the text, its constraints, and an Answer button. */
import { ButtonStyle, type APIEmbed } from 'discord.js';
import { DIFFICULTY_NAMES, type Entry } from '../../../src/bank/schema.ts';
import type { QuestionPick } from '../../../src/practice/index.ts';
import { DIMENSION_LABELS } from '../../../src/scoring/report.ts';
import type { PracticeFilters } from '../custom-id.ts';
import { fitEmbed } from '../limits.ts';
import { button, COLOURS, row, type MessageBody } from './message.ts';

const WHY: Record<QuestionPick['reason'], (p: QuestionPick) => string> = {
  chosen: () => 'The question you asked for.',
  new: (p) => (p.weakestDimension ? `New to you, with room to practise ${DIMENSION_LABELS[p.weakestDimension].toLowerCase()}.` : 'New to you.'),
  due: () => 'Due for review (spaced repetition).',
  weakest: (p) => `Targets your weakest dimension: ${DIMENSION_LABELS[p.weakestDimension ?? 'keyInsight'].toLowerCase()}.`,
};

export function questionEmbed(entry: Entry, note?: string): APIEmbed {
  return fitEmbed({
    color: COLOURS.neutral,
    title: `${entry.id} · ${DIFFICULTY_NAMES[entry.difficulty]} · ${entry.dimension}`,
    description: [`**${entry.question}**`, note ? `\n_${note}_` : ''].join(''),
    fields: [
      ...entry.constraints.map((c) => ({ name: c.category, value: c.text, inline: true })),
      { name: 'Phases', value: entry.phases.join(', '), inline: true },
      { name: 'Stakeholders', value: entry.stakeholders.join(', '), inline: true },
    ],
    footer: { text: 'Press Answer: numbers, constraints, trade-offs and who is affected all count.' },
  });
}

export function questionMessage(pick: QuestionPick, filters: PracticeFilters = {}): MessageBody {
  const why = WHY[pick.reason](pick) + (pick.matching > 1 ? ` Picked from ${pick.matching} questions.` : '');
  return {
    embeds: [questionEmbed(pick.entry, why)],
    components: [row(button('Answer', { kind: 'answer', questionId: pick.entry.id, roundId: null, filters }, ButtonStyle.Primary))],
  };
}
