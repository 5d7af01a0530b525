/** A private score: total, a bar per dimension, what was missed, numbers to check, feedback. */
import { ButtonStyle, escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Entry } from '../../../src/bank/schema.ts';
import { messages } from '../../../src/i18n/index.ts';
import { DIMENSIONS, type ScoreReport } from '../../../src/scoring/report.ts';
import type { PracticeFilters } from '../custom-id.ts';
import { fit, fitEmbed, fitList, LIMITS } from '../limits.ts';
import { capLine, claimLines, type ClaimMark } from '../../shared/claims.ts';
import { round1, scoreBar } from '../../shared/text-chart.ts';
import { button, colourFor, row, type MessageBody } from './message.ts';

export type ScoreNote = { roundClosed?: boolean; inRound?: boolean };

const MARKS: Record<ClaimMark, string> = { ok: '✅', partial: '🟡', missed: '❌' };

export function scoreEmbed(entry: Entry, report: ScoreReport, note: ScoreNote = {}): APIEmbed {
  const m = messages(report.lang);
  const missed = report.dimensions.constraints.missed;
  const lines = [
    `${scoreBar(report.total, 20)} **${report.total}/100**`,
    fit(entry.question, 300),
    report.flags.length > 0 ? `⚠️ ${report.flags.map((f) => m.flag[f]).join(' · ')}` : '',
    capLine(report) ?? '',
    note.inRound ? '✅ Counted for the daily round.' : '',
    note.roundClosed ? 'ℹ️ The daily round had closed, so this counted as practice.' : '',
  ];
  return fitEmbed({
    color: colourFor(report.total),
    title: `${entry.id}${report.followUp ? ` · ${m.view.followUpTitle(report.followUp)}` : ''} · ${report.total}/100`,
    description: lines.filter(Boolean).join('\n'),
    fields: [
      ...DIMENSIONS.map((d) => {
        const { score, max } = report.dimensions[d];
        return { name: m.dimension[d], value: `${scoreBar(max > 0 ? (100 * score) / max : 0)} ${round1(score)}/${max}`, inline: false };
      }),
      { name: m.view.claims, value: fitList(claimLines(report).map((c) => `${MARKS[c.mark]} ${c.text}`), LIMITS.fieldValue) },
      { name: m.view.missedConstraints(missed.length), value: missed.length > 0 ? fitList(missed, LIMITS.fieldValue) : m.view.noMissedConstraints },
      // `said` is the candidate's own text: shown literally, never as markdown.
      { name: m.view.numbersToCheck, value: fitList(report.wrongNumbers.map((w) => m.view.youSaidExpected(`**${escapeMarkdown(w.said)}**`, w.expected, w.why)), LIMITS.fieldValue) },
      { name: m.view.feedback, value: fitList(report.feedback, LIMITS.fieldValue) },
      { name: m.view.readNext, value: fitList(report.readNext.map((r) => `${r.id} ${r.title} — ${r.because}`), LIMITS.fieldValue) },
    ],
    footer: { text: m.view.onlyYou(report.wordCount, report.scorerVersion) },
  });
}

export function scoreMessage(entry: Entry, report: ScoreReport, filters: PracticeFilters, note: ScoreNote = {}): MessageBody {
  // Under a follow-up's score, the model answer and "Answer again" are the follow-up's own.
  const followUp = report.followUp ?? undefined;
  const buttons = [
    button('Next question', { kind: 'next', filters }, ButtonStyle.Primary),
    button(followUp ? 'Show model follow-up' : 'Show model answer', { kind: 'model', questionId: entry.id, ...(followUp ? { followUp } : {}) }),
    button('Answer again', followUp ? { kind: 'fu', questionId: entry.id, followUp } : { kind: 'answer', questionId: entry.id, roundId: null, filters }),
  ];
  // After any scored answer the interviewer can change a constraint (issue 14).
  if ((entry.followUps?.length ?? 0) > 0) buttons.push(button(messages(report.lang).followUpRun.button, { kind: 'fu', questionId: entry.id }));
  return { embeds: [scoreEmbed(entry, report, note)], components: [row(...buttons)] };
}
