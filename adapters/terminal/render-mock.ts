/** How the terminal shows a mock interview: its start, each step with its time budget, and the report card. */
import { DIFFICULTY_NAMES } from '../../src/bank/schema.ts';
import { messages, type Lang } from '../../src/i18n/index.ts';
import type { FollowUpPick, MockProgress, MockStepView, ReportCard } from '../../src/practice/index.ts';
import { bar } from '../shared/text-chart.ts';
import { budgetMinutes, timeTaken } from '../shared/mock-text.ts';
import { reportCardText } from '../shared/report-card.ts';
import { padEndWide, wrap } from './render.ts';
import { byScore, type Style } from './style.ts';

export function renderMockStart(p: MockProgress, style: Style): string {
  const m = messages(p.lang);
  const lines = [''];
  if (p.expiredBefore) lines.push(style.yellow(m.mockRun.expiredBefore));
  if (p.resumed) lines.push(style.bold(m.mock.resumed(p.step.index, p.step.of)));
  else {
    lines.push(style.bold(m.mockRun.started(p.questions, budgetMinutes(p.step.budgetMs))));
    if (p.questions < p.requested) lines.push(style.yellow(m.mockRun.fewer(p.questions, p.requested)));
  }
  return `${lines.join('\n')}\n`;
}

export function renderMockStep(step: MockStepView, lang: Lang, style: Style, width: number): string {
  const m = messages(lang);
  const e = step.entry;
  const head = step.kind === 'question' ? m.mock.step(step.index, step.of) : m.mockRun.followUpStep(step.index, step.of);
  const lines = ['', `${style.bold(head)} · ${e.id} · ${DIFFICULTY_NAMES[e.difficulty]} · ${style.dim(m.mock.budget(budgetMinutes(step.budgetMs)))}`, '', style.bold(wrap(e.question, width))];
  if (step.kind === 'question') {
    const pad = Math.max(...e.constraints.map((c) => c.category.length));
    lines.push('', ...e.constraints.map((c) => `  ${style.cyan(c.category.padEnd(pad))}  ${c.text}`), '', style.dim(m.mockRun.answerHint));
  } else {
    lines.push('', style.yellow(m.mock.followUpIntro), style.bold(wrap(step.twist, width, '  ')), '', style.dim(m.mockRun.adaptHint));
  }
  return `${lines.join('\n')}\n`;
}

/** A follow-up in practice mode: the twist on the question just answered. */
export function renderFollowUp(pick: FollowUpPick, style: Style, width: number): string {
  const m = messages(pick.lang);
  return ['', style.bold(m.followUpRun.intro(pick.entry.id)), style.dim(wrap(pick.entry.question, width)), '', style.bold(wrap(pick.twist, width, '  ')), '', style.dim(m.mockRun.adaptHint), ''].join('\n');
}

export function renderElapsed(elapsedMs: number, budgetMs: number, lang: Lang, style: Style): string {
  const text = timeTaken(lang, elapsedMs, budgetMs);
  return elapsedMs > budgetMs ? style.yellow(text) : style.dim(text);
}

export function renderReportCard(card: ReportCard, lang: Lang, style: Style): string {
  const t = reportCardText(card, lang);
  const lines = ['', `${style.bold(t.title)}  ${byScore(style, card.overall)(style.bold(t.overall))}`, style.dim(t.compared), ''];
  for (const q of t.questions) {
    lines.push(`  ${q.overBudget ? style.yellow(q.line) : q.line}`);
    if (q.twist) lines.push(style.dim(`    ↳ ${q.twist}`));
  }
  lines.push('');
  for (const b of t.bars) lines.push(`  ${padEndWide(b.label, 26)} ${b.value === null ? '—' : `${byScore(style, b.value)(bar(b.value, 16))} ${b.value.toFixed(1).padStart(5)}%`}`);
  lines.push('', style.green(t.strengths), style.yellow(t.weaknesses), '', style.bold(t.studyNext.title), ...t.studyNext.items.map((i) => `  • ${i}`));
  return `${lines.join('\n')}\n`;
}
