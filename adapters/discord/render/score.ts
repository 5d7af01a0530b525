/** A private score: total, a bar per dimension, what was missed, numbers to check, feedback. */
import { ButtonStyle, escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Entry } from '../../../src/bank/schema.ts';
import { DIMENSION_LABELS, DIMENSIONS, FLAG_LABELS, type ScoreReport } from '../../../src/scoring/report.ts';
import type { PracticeFilters } from '../custom-id.ts';
import { fit, fitEmbed, fitList, LIMITS } from '../limits.ts';
import { capLine, claimLines, type ClaimMark } from '../../shared/claims.ts';
import { round1, scoreBar } from '../../shared/text-chart.ts';
import { button, colourFor, row, type MessageBody } from './message.ts';

export type ScoreNote = { roundClosed?: boolean; inRound?: boolean };

const MARKS: Record<ClaimMark, string> = { ok: '✅', partial: '🟡', missed: '❌' };

export function scoreEmbed(entry: Entry, report: ScoreReport, note: ScoreNote = {}): APIEmbed {
  const missed = report.dimensions.constraints.missed;
  const lines = [
    `${scoreBar(report.total, 20)} **${report.total}/100**`,
    fit(entry.question, 300),
    report.flags.length > 0 ? `⚠️ ${report.flags.map((f) => FLAG_LABELS[f]).join(' · ')}` : '',
    capLine(report) ?? '',
    note.inRound ? '✅ Counted for the daily round.' : '',
    note.roundClosed ? 'ℹ️ The daily round had closed, so this counted as practice.' : '',
  ];
  return fitEmbed({
    color: colourFor(report.total),
    title: `${entry.id} · ${report.total}/100`,
    description: lines.filter(Boolean).join('\n'),
    fields: [
      ...DIMENSIONS.map((d) => {
        const { score, max } = report.dimensions[d];
        return { name: DIMENSION_LABELS[d], value: `${scoreBar(max > 0 ? (100 * score) / max : 0)} ${round1(score)}/${max}`, inline: false };
      }),
      { name: 'Key insight, claim by claim', value: fitList(claimLines(report).map((c) => `${MARKS[c.mark]} ${c.text}`), LIMITS.fieldValue) },
      { name: `Missed constraints (${missed.length})`, value: missed.length > 0 ? fitList(missed, LIMITS.fieldValue) : 'None: you addressed every constraint.' },
      // `said` is the candidate's own text: shown literally, never as markdown.
      { name: 'Numbers to check', value: fitList(report.wrongNumbers.map((w) => `you said **${escapeMarkdown(w.said)}**; expected ${w.expected} — ${w.why}`), LIMITS.fieldValue) },
      { name: 'Feedback', value: fitList(report.feedback, LIMITS.fieldValue) },
      { name: 'Read next', value: fitList(report.readNext.map((r) => `${r.id} ${r.title} — ${r.because}`), LIMITS.fieldValue) },
    ],
    footer: { text: `Only you can see this · ${report.wordCount} words · scorer ${report.scorerVersion}` },
  });
}

export function scoreMessage(entry: Entry, report: ScoreReport, filters: PracticeFilters, note: ScoreNote = {}): MessageBody {
  return {
    embeds: [scoreEmbed(entry, report, note)],
    components: [
      row(
        button('Next question', { kind: 'next', filters }, ButtonStyle.Primary),
        button('Show model answer', { kind: 'model', questionId: entry.id }),
        button('Answer again', { kind: 'answer', questionId: entry.id, roundId: null, filters }),
      ),
    ],
  };
}
