/**
 * The mock interview's report card as plain text pieces in the candidate's language, for the views that
 * show it as text (terminal, Slack blocks, the Discord embed beside the PNG). Each adapter styles them.
 */
import { messages, type Lang } from '../../src/i18n/index.ts';
import type { ReportCard } from '../../src/practice/index.ts';
import { DIMENSIONS } from '../../src/scoring/report.ts';
import { budgetMinutes, elapsedMinutes } from './mock-text.ts';


export type ReportCardText = {
  title: string;
  overall: string;
  /** The change from the previous mock, or that this is the first. */
  compared: string;
  /** One per question: id, first answer, follow-up, time against the budget; then the twist, if any. */
  questions: { line: string; twist: string | null; overBudget: boolean }[];
  /** Dimension label and its percentage (null: nothing to average), adaptability last. */
  bars: { label: string; value: number | null }[];
  strengths: string;
  weaknesses: string;
  studyNext: { title: string; items: string[] };
};

export function reportCardText(card: ReportCard, lang: Lang): ReportCardText {
  const m = messages(lang);
  const score = (n: number | null) => (n === null ? m.mock.notAnswered : `${n}/100`);
  const sep = lang === 'zh' ? '，' : ', ';
  const delta = card.previous ? Math.round((card.overall - card.previous.overall) * 10) / 10 : 0;
  return {
    title: m.mock.title,
    overall: `${m.mock.overall}: ${card.overall}/100`,
    compared: card.previous ? m.mock.compared(card.previous.overall, delta) : m.mock.firstMock,
    questions: card.questions.map((q) => ({
      line: `${q.questionId} · ${m.mock.firstAnswer} ${score(q.total)} · ${m.mock.followUp} ${q.followUp ? score(q.followUp.total) : '—'} · ${m.mock.time} ${m.mock.elapsed(elapsedMinutes(q.elapsedMs), budgetMinutes(q.budgetMs))}`,
      twist: q.followUp?.twist ?? null,
      overBudget: q.elapsedMs > q.budgetMs,
    })),
    bars: [...DIMENSIONS.map((d) => ({ label: m.dimension[d], value: card.dimensions[d] as number | null })), { label: m.mock.adaptability, value: card.adaptability }],
    strengths: `${m.mock.strengths}: ${card.strengths.map((d) => m.dimension[d]).join(sep)}`,
    weaknesses: `${m.mock.weaknesses}: ${card.weaknesses.map((d) => m.dimension[d]).join(sep)}`,
    studyNext: { title: m.mock.studyNext, items: card.studyNext.map((p) => `${p.id} ${p.title} — ${p.because}`) },
  };
}
