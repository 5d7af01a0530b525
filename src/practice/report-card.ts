/**
 * The mock interview's report card as SVG (rendered to PNG by renderPng): the overall score and the change
 * from the previous mock, each question with its follow-up and the time against the budget, a bar per
 * dimension and for adaptability, strengths and weaknesses, and three things to study. In the candidate's
 * language; Chinese is drawn with Noto Sans SC, shipped through npm like DejaVu.
 */
import { messages, type Lang } from '../i18n/index.ts';
import { DIMENSIONS } from '../scoring/report.ts';
import { CHART_FONT_FAMILY, esc } from './chart.ts';
import type { ReportCard } from './mock.ts';

export const CJK_FONT_FAMILY = 'Noto Sans SC';
const WIDTH = 900;
/** Cuts text to about `columns` display columns (a Chinese character takes two). */
function fit(text: string, columns: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += /\p{Script=Han}/u.test(ch) ? 2 : 1;
    if (used > columns) return `${out.trimEnd()}…`;
    out += ch;
  }
  return out;
}
const colourOf = (score: number) => (score >= 80 ? '#009E73' : score >= 55 ? '#E69F00' : '#D55E00');
const minutes = (ms: number) => (ms / 60_000).toFixed(1);

export function reportCardSvg(card: ReportCard, lang: Lang): string {
  const m = messages(lang);
  const parts: string[] = [];
  let y = 48;
  // Each text picks its font: Noto Sans SC only where there is Chinese to draw. resvg shapes a text set
  // in Noto (its tables are large) 15–40× slower than one in DejaVu, and a card has ~40 texts: a Chinese
  // card took ~2 s when every text was in Noto, about a third of that like this (bench: report card).
  const text = (x: number, at: number, s: string, attrs = '') => {
    const family = /\p{Script=Han}/u.test(s) ? `${CJK_FONT_FAMILY}, ${CHART_FONT_FAMILY}` : `${CHART_FONT_FAMILY}, ${CJK_FONT_FAMILY}`;
    parts.push(`<text x="${x}" y="${at}" font-family="${family}" ${attrs}>${esc(s)}</text>`);
  };
  text(32, y, m.mock.title, 'font-size="24" font-weight="bold"');
  text(WIDTH - 32, y, `${m.mock.overall} ${card.overall}/100`, `font-size="24" font-weight="bold" text-anchor="end" fill="${colourOf(card.overall)}"`);
  y += 28;
  const delta = card.previous ? Math.round((card.overall - card.previous.overall) * 10) / 10 : 0;
  text(32, y, card.previous ? m.mock.compared(card.previous.overall, delta) : m.mock.firstMock, 'font-size="14" fill="#555"');
  y += 36;
  text(32, y, m.mock.question, 'font-size="13" font-weight="bold"');
  text(480, y, m.mock.firstAnswer, 'font-size="13" font-weight="bold" text-anchor="end"');
  text(620, y, m.mock.followUp, 'font-size="13" font-weight="bold" text-anchor="end"');
  text(WIDTH - 32, y, m.mock.time, 'font-size="13" font-weight="bold" text-anchor="end"');
  for (const q of card.questions) {
    y += 26;
    text(32, y, `${q.questionId} ${fit(q.question, 48)}`, 'font-size="13"');
    const score = (n: number | null) => (n === null ? m.mock.notAnswered : `${n}`);
    text(480, y, score(q.total), `font-size="13" text-anchor="end" fill="${q.total === null ? '#888' : colourOf(q.total)}"`);
    text(620, y, q.followUp ? score(q.followUp.total) : '—', `font-size="13" text-anchor="end" fill="${q.followUp?.total == null ? '#888' : colourOf(q.followUp.total)}"`);
    const over = q.elapsedMs > q.budgetMs;
    text(WIDTH - 32, y, m.mock.elapsed(minutes(q.elapsedMs), Math.round(q.budgetMs / 60_000)), `font-size="13" text-anchor="end" fill="${over ? '#D55E00' : '#333'}"`);
    if (q.followUp) {
      y += 18;
      text(48, y, `↳ ${fit(q.followUp.twist, 100)}`, 'font-size="11" fill="#666"');
    }
  }
  y += 36;
  const bars: [string, number | null][] = [...DIMENSIONS.map((d) => [m.dimension[d], card.dimensions[d]] as [string, number]), [m.mock.adaptability, card.adaptability]];
  for (const [label, value] of bars) {
    text(32, y + 12, label, 'font-size="13"');
    parts.push(`<rect x="260" y="${y}" width="480" height="14" fill="#eee"/>`);
    if (value !== null) parts.push(`<rect x="260" y="${y}" width="${(480 * Math.max(0, Math.min(100, value))) / 100}" height="14" fill="${colourOf(value)}"/>`);
    text(WIDTH - 32, y + 12, value === null ? '—' : `${value}%`, 'font-size="13" text-anchor="end"');
    y += 24;
  }
  y += 16;
  text(32, y, `${m.mock.strengths}: ${card.strengths.map((d) => m.dimension[d]).join(', ')}`, 'font-size="14" fill="#009E73"');
  y += 22;
  text(32, y, `${m.mock.weaknesses}: ${card.weaknesses.map((d) => m.dimension[d]).join(', ')}`, 'font-size="14" fill="#D55E00"');
  y += 32;
  text(32, y, m.mock.studyNext, 'font-size="14" font-weight="bold"');
  for (const p of card.studyNext) {
    y += 22;
    text(48, y, fit(`${p.id} ${p.title} — ${p.because}`, 120), 'font-size="12"');
  }
  const height = y + 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}" fill="#1a1a1a"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
}
