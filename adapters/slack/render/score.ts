/** A private score: total, a bar per dimension, missed constraints, numbers to check, feedback, next steps. */
import type { Entry } from '../../../src/bank/schema.ts';
import { messages } from '../../../src/i18n/index.ts';
import { DIMENSIONS, type ScoreReport } from '../../../src/scoring/report.ts';
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

/** `buttons: false` for a mock step's score: the mock's next step follows with its own button. */
export function scoreMessage(entry: Entry, report: ScoreReport, note: ScoreNote = {}, answer?: string, options: { buttons?: boolean } = {}): SlackMessage {
  const m = messages(report.lang);
  const dims = DIMENSIONS.map((d) => {
    const { score, max } = report.dimensions[d];
    return `${scoreBar(percentOf(score, max))} ${m.dimension[d]} ${round1(score)}/${max}`;
  });
  const notes = [
    report.flags.length > 0 ? `:warning: ${report.flags.map((f) => m.flag[f]).join(' · ')}` : '',
    capLine(report) ?? '',
    note.inRound ? ':white_check_mark: Counted for the daily round.' : '',
    note.roundClosed ? ':information_source: The daily round had closed, so this counted as practice.' : '',
  ].filter(Boolean);
  const ref = encodeQuestionRef({ questionId: entry.id, roundId: null });
  const title = `${entry.id}${report.followUp ? ` · ${m.view.followUpTitle(report.followUp)}` : ''} · ${report.total}/100`;
  // The notification text keeps its `Qn: total/100` form; the header shows the follow-up too.
  return message(`${entry.id}${report.followUp ? ` (${m.view.followUpTitle(report.followUp)})` : ''}: ${report.total}/100`, [
    header(title),
    section(`${scoreBar(report.total, 20)} *${report.total}/100*\n${escape(fit(entry.question, 300))}${notes.length > 0 ? `\n${notes.map(escape).join('\n')}` : ''}`),
    section(dims.join('\n')),
    // The candidate's own words: escaped, so `<!channel>` or a link in an answer stays text.
    ...(answer ? [section(`*${escape(m.view.yourAnswer)}*\n>${escape(fit(answer.trim(), QUOTE)).replace(/\n/g, '\n>')}`)] : []),
    section(`*${escape(m.view.claims)}*\n${bullets(claimLines(report).map((c) => `${MARKS[c.mark]} ${escape(c.text)}`), LIST)}`),
    section(`*${escape(m.view.missedConstraints(report.dimensions.constraints.missed.length))}*\n${bullets(report.dimensions.constraints.missed.map(escape), LIST)}`),
    // `said` is the candidate's own text: escaped like every other echo of it.
    section(`*${escape(m.view.numbersToCheck)}*\n${bullets(report.wrongNumbers.map((w) => escape(m.view.youSaidExpected(w.said, w.expected, w.why))), LIST)}`),
    section(`*${escape(m.view.feedback)}*\n${bullets(report.feedback.map(escape), LIST)}`),
    ...(report.readNext.length > 0 ? [section(`*${escape(m.view.readNext)}*\n${bullets(report.readNext.map((r) => `${escape(r.id)} ${escape(r.title)} — ${escape(r.because)}`), LIST)}`)] : []),
    context(escape(m.view.onlyYou(report.wordCount, report.scorerVersion))),
    ...(options.buttons === false
      ? []
      : [
          actions(
            button('Next question', ACTIONS.next, ref, 'primary'),
            // Under a follow-up's score, the follow-up's own model answer.
            report.followUp
              ? button('Show model follow-up', ACTIONS.modelAnswer, encodeQuestionRef({ questionId: entry.id, roundId: null, followUp: report.followUp }))
              : button('Show model answer', ACTIONS.modelAnswer, ref),
            // After any scored answer the interviewer can change a constraint (issue 14).
            ...((entry.followUps?.length ?? 0) > 0 ? [button(m.followUpRun.button, ACTIONS.followUp, ref)] : []),
          ),
        ]),
  ]);
}
