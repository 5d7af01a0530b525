/** A question as Block Kit: the question, its constraints, its tags, and an Answer button. */
import { DIFFICULTY_NAMES, type Entry } from '../../../src/bank/schema.ts';
import { ACTIONS, encodeQuestionRef } from '../ids.ts';
import { bullets, escape } from '../mrkdwn.ts';
import { actions, button, context, header, message, section, type Block, type SlackMessage } from './blocks.ts';

export function tagsLine(entry: Entry): string {
  return escape(`${DIFFICULTY_NAMES[entry.difficulty]} · ${entry.dimension} · phases ${entry.phases.join(', ')} · stakeholders ${entry.stakeholders.join(', ')}`);
}

export function constraintsText(entry: Entry, max = 2900): string {
  return `*Constraints*\n${bullets(entry.constraints.map((c) => `*${escape(c.category)}*: ${escape(c.text)}`), max)}`;
}

/** The blocks a question is shown with, without buttons (the modal reuses them). */
export function questionBlocks(entry: Entry, note?: string): Block[] {
  return [
    header(`${entry.id} · ${DIFFICULTY_NAMES[entry.difficulty]}`),
    section(`*${escape(entry.question)}*`),
    section(constraintsText(entry)),
    context(tagsLine(entry), ...(note ? [escape(note)] : [])),
  ];
}

export function questionMessage(entry: Entry, options: { roundId?: number | null; note?: string } = {}): SlackMessage {
  const ref = encodeQuestionRef({ questionId: entry.id, roundId: options.roundId ?? null });
  return message(`${entry.id}: ${escape(entry.question)}`, [
    ...questionBlocks(entry, options.note),
    actions(button('Answer', ACTIONS.answer, ref, 'primary')),
  ]);
}
