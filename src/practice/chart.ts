/**
 * The progress chart as SVG: one line per dimension and a bold line for the total over a user's recent
 * attempts. Each labelled point says which attempt and question it is, and when: dates, or times of day
 * when several labelled attempts fall on one date.
 */
import { DIMENSION_LABELS, DIMENSIONS } from '../scoring/report.ts';
import type { AttemptPoint, FollowUpPoint } from '../store/index.ts';
import { en } from '../i18n/en.ts';
import { dayKey, timeKey } from './days.ts';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Colour-blind-safe (Okabe–Ito) so dimensions stay apart for everyone; the total is near-black and thicker. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'] as const;
const TOTAL_COLOUR = '#1a1a1a';
/** Adaptability (follow-up answers) is drawn dashed, so it reads as a different kind of line. */
const ADAPTABILITY_COLOUR = '#56B4E9';

/** Under the x-axis there is room for about eight two-line labels at the default width. */
const MAX_LABELS = 8;

/**
 * `followUps`: follow-up answers, drawn as "adaptability" at the first answer they followed (the latest
 * first answer made before them), so the two kinds of answer share one axis.
 */
export type ChartOptions = { title: string; timeZone: string; width?: number; height?: number; lastAttempts?: number; followUps?: readonly FollowUpPoint[] };

/** Text for an SVG element or attribute. */
export const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Which points get a label: all when few, else MAX_LABELS evenly spaced from the first to the latest. */
function labelledIndexes(count: number): number[] {
  if (count <= MAX_LABELS) return Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: MAX_LABELS }, (_, k) => Math.round((k * (count - 1)) / (MAX_LABELS - 1)));
}

/** When each labelled point was made: its date, or its time of day if labelled points share a date. */
function whenLabels(points: readonly AttemptPoint[], indexes: readonly number[], timeZone: string): { labels: string[]; unit: string } {
  const days = indexes.map((i) => dayKey(points[i]!.createdAt, timeZone));
  if (new Set(days).size === days.length) return { labels: days, unit: 'dates' };
  if (new Set(days).size === 1) return { labels: indexes.map((i) => timeKey(points[i]!.createdAt, timeZone)), unit: `times on ${days[0]}` };
  return { labels: indexes.map((i, k) => `${days[k]!.slice(5)} ${timeKey(points[i]!.createdAt, timeZone)}`), unit: 'dates (month-day) and times' };
}

/**
 * Where each follow-up sits on the first answers' axis: at the latest first answer before it (follow-ups
 * made before the window's first point are left out), averaged when several follow the same one.
 */
export function adaptabilityAt(points: readonly AttemptPoint[], followUps: readonly FollowUpPoint[]): [number, number][] {
  const at = new Map<number, number[]>();
  for (const f of followUps) {
    let i = -1;
    for (let k = 0; k < points.length && points[k]!.createdAt <= f.createdAt; k++) i = k;
    if (i >= 0) at.set(i, [...(at.get(i) ?? []), f.total]);
  }
  return [...at].sort((a, b) => a[0] - b[0]).map(([i, totals]) => [i, totals.reduce((s, t) => s + t, 0) / totals.length]);
}

/** `history` is every first answer, oldest first; attempt numbers count from the first one ever. */
export function progressChartSvg(history: readonly AttemptPoint[], options: ChartOptions): string {
  const width = options.width ?? 900;
  const height = options.height ?? 480;
  const points = history.slice(-(options.lastAttempts ?? 50));
  const firstNumber = history.length - points.length + 1;
  const plot = { left: 64, right: width - 200, top: 64, bottom: height - 92 };
  const x = (i: number) => (points.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (points.length - 1));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * Math.max(0, Math.min(100, v))) / 100;
  const parts: string[] = [];
  const text = (tx: number, ty: number, s: string, attrs = '') => parts.push(`<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" ${attrs}>${esc(s)}</text>`);
  const line = (values: number[], colour: string, strokeWidth: number, dots: boolean) => {
    const coords = values.map((v, i) => [x(i).toFixed(1), y(v).toFixed(1)] as const);
    parts.push(`<polyline points="${coords.map((c) => c.join(',')).join(' ')}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linejoin="round"/>`);
    if (dots) for (const [cx, cy] of coords) parts.push(`<circle cx="${cx}" cy="${cy}" r="${strokeWidth + 1}" fill="${colour}"/>`);
  };

  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  text(plot.left, 36, options.title, 'font-size="22" font-weight="bold" fill="#1a1a1a"');
  for (const v of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${y(v)}" y2="${y(v)}" stroke="${v === 0 ? '#555' : '#dddddd'}" stroke-width="1"/>`);
    text(plot.left - 10, y(v) + 5, String(v), 'font-size="14" text-anchor="end" fill="#333"');
  }
  parts.push(`<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="#555" stroke-width="1"/>`);
  text(18, (plot.top + plot.bottom) / 2, 'score (% of dimension)', `font-size="14" fill="#333" text-anchor="middle" transform="rotate(-90 18 ${(plot.top + plot.bottom) / 2})"`);

  if (points.length === 0) {
    text((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2, 'No attempts yet: answer a question to start your chart.', 'font-size="16" text-anchor="middle" fill="#555"');
  } else {
    const indexes = labelledIndexes(points.length);
    const when = whenLabels(points, indexes, options.timeZone);
    indexes.forEach((i, k) => {
      parts.push(`<line x1="${x(i)}" x2="${x(i)}" y1="${plot.bottom}" y2="${plot.bottom + 6}" stroke="#555"/>`);
      text(x(i), plot.bottom + 22, `#${firstNumber + i} ${points[i]!.questionId}`, 'font-size="13" text-anchor="middle" fill="#1a1a1a"');
      text(x(i), plot.bottom + 39, when.labels[k]!, 'font-size="12" text-anchor="middle" fill="#555"');
    });
    const range = points.length === 1 ? `attempt #${firstNumber}` : `attempts #${firstNumber}–#${firstNumber + points.length - 1}`;
    text((plot.left + plot.right) / 2, height - 16, `${range}: number and question under the point, ${when.unit} in ${options.timeZone}`, 'font-size="14" text-anchor="middle" fill="#333"');
    const dots = points.length <= 30;
    // The total first, underneath: a dimension that equals it stays visible on top of it.
    line(points.map((p) => p.total), TOTAL_COLOUR, 4, dots);
    DIMENSIONS.forEach((d, k) => line(points.map((p) => p.dimensions[d]), COLOURS[k]!, 2.5, dots));
    const adapted = adaptabilityAt(points, options.followUps ?? []);
    if (adapted.length > 0) {
      const coords = adapted.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      if (adapted.length > 1) parts.push(`<polyline points="${coords.join(' ')}" fill="none" stroke="${ADAPTABILITY_COLOUR}" stroke-width="2.5" stroke-dasharray="7 4"/>`);
      for (const c of coords) {
        const [cx, cy] = c.split(',');
        parts.push(`<rect x="${Number(cx) - 4}" y="${Number(cy) - 4}" width="8" height="8" fill="${ADAPTABILITY_COLOUR}"/>`);
      }
    }
  }

  const legend: [string, string, number][] = [['Total (of 100)', TOTAL_COLOUR, 5], ...DIMENSIONS.map((d, k): [string, string, number] => [DIMENSION_LABELS[d], COLOURS[k]!, 4])];
  if ((options.followUps ?? []).length > 0) legend.push([en.mock.adaptability, ADAPTABILITY_COLOUR, 4]);
  legend.forEach(([label, colour, strokeWidth], k) => {
    const ly = plot.top + 8 + k * 30;
    const dashed = colour === ADAPTABILITY_COLOUR ? ' stroke-dasharray="7 4"' : '';
    parts.push(`<line x1="${plot.right + 24}" x2="${plot.right + 52}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="${strokeWidth}"${dashed}/>`);
    text(plot.right + 60, ly + 5, label, `font-size="15" fill="#1a1a1a"${k === 0 ? ' font-weight="bold"' : ''}`);
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">${parts.join('')}</svg>`;
}
