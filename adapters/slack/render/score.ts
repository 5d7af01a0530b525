/** A private score: total, a bar per dimension, missed constraints, numbers to check, feedback, next steps. */
import type { Entry } from '../../../src/bank/schema.ts';
import { DIMENSION_LABELS, DIMENSIONS, FLAG_LABELS, type ScoreReport } from '../../../src/scoring/report.ts';
import { ACTIONS, encodeQuestionRef } from '../ids.ts';
import { bullets, escape, fit } from '../mrkdwn.ts';
import { actions, button, context, header, message, section, type SlackMessage } from './blocks.ts';
import { capLine, claimLines, type ClaimMark } from '../../shared/claims.ts';
import { percentOf, round1, scoreBar } from '../../shared/text-chart.ts';

export type ScoreNote = { inRound?: boolean; roundClosed?: boolean };

const MARKS: Record<ClaimMark, string> = { ok: ':white_check_mark:', partial: ':large_yellow_circle:', missed: ':x:' };

/** How much of the answer is quoted back, so the score can be read against what was written. */
const QUOTE = 600;

const LIST = 1400;

export function scoreMessage(entry: Entry, report: ScoreReport, note: ScoreNote = {}, answer?: string): SlackMessage {
  const dims = DIMENSIONS.map((d) => {
    const { score, max } = report.dimensions[d];
    return `${scoreBar(percentOf(score, max))} ${DIMENSION_LABELS[d]} ${round1(score)}/${max}`;
  });
  const notes = [
    report.flags.length > 0 ? `:warning: ${report.flags.map((f) => FLAG_LABELS[f]).join(' · ')}` : '',
    capLine(report) ?? '',
    note.inRound ? ':white_check_mark: Counted for the daily round.' : '',
    note.roundClosed ? ':information_source: The daily round had closed, so this counted as practice.' : '',
  ].filter(Boolean);
  const ref = encodeQuestionRef({ questionId: entry.id, roundId: null });
  return message(`${entry.id}: ${report.total}/100`, [
    header(`${entry.id} · ${report.total}/100`),
    section(`${scoreBar(report.total, 20)} *${report.total}/100*\n${escape(fit(entry.question, 300))}${notes.length > 0 ? `\n${notes.join('\n')}` : ''}`),
    section(dims.join('\n')),
    // The candidate's own words: escaped, so `<!channel>` or a link in an answer stays text.
    ...(answer ? [section(`*Your answer*\n>${escape(fit(answer.trim(), QUOTE)).replace(/\n/g, '\n>')}`)] : []),
    section(`*Key insight, claim by claim*\n${bullets(claimLines(report).map((c) => `${MARKS[c.mark]} ${escape(c.text)}`), LIST)}`),
    section(`*Missed constraints (${report.dimensions.constraints.missed.length})*\n${bullets(report.dimensions.constraints.missed.map(escape), LIST)}`),
    // `said` is the candidate's own text: escaped like every other echo of it.
    section(`*Numbers to check*\n${bullets(report.wrongNumbers.map((w) => `you said *${escape(w.said)}*; expected ${escape(w.expected)} — ${escape(w.why)}`), LIST)}`),
    section(`*Feedback*\n${bullets(report.feedback.map(escape), LIST)}`),
    ...(report.readNext.length > 0 ? [section(`*Read next*\n${bullets(report.readNext.map((r) => `${escape(r.id)} ${escape(r.title)} — ${escape(r.because)}`), LIST)}`)] : []),
    context(`Only you can see this · ${report.wordCount} words · scorer ${escape(report.scorerVersion)}`),
    actions(button('Next question', ACTIONS.next, ref, 'primary'), button('Show model answer', ACTIONS.modelAnswer, ref)),
  ]);
}
