/** The progress chart as SVG: one line per dimension over a user's recent attempts, dates along the bottom. */
import { DIMENSION_LABELS, DIMENSIONS } from '../scoring/report.ts';
import type { AttemptPoint } from '../store/index.ts';
import { dayKey } from './days.ts';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Colour-blind-safe (Okabe–Ito) so dimensions stay apart for everyone. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'] as const;

export type ChartOptions = { title: string; timeZone: string; width?: number; height?: number; lastAttempts?: number };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function progressChartSvg(history: readonly AttemptPoint[], options: ChartOptions): string {
  const width = options.width ?? 900;
  const height = options.height ?? 480;
  const points = history.slice(-(options.lastAttempts ?? 50));
  const plot = { left: 64, right: width - 200, top: 64, bottom: height - 72 };
  const x = (i: number) => (points.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (points.length - 1));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * Math.max(0, Math.min(100, v))) / 100;
  const parts: string[] = [];
  const text = (tx: number, ty: number, s: string, attrs = '') => parts.push(`<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" ${attrs}>${esc(s)}</text>`);

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
    // At most ~6 date labels, so they never overlap.
    const step = Math.max(1, Math.ceil(points.length / 6));
    for (let i = 0; i < points.length; i += step) {
      parts.push(`<line x1="${x(i)}" x2="${x(i)}" y1="${plot.bottom}" y2="${plot.bottom + 6}" stroke="#555"/>`);
      text(x(i), plot.bottom + 24, dayKey(points[i]!.createdAt, options.timeZone), 'font-size="13" text-anchor="middle" fill="#333"');
    }
    text((plot.left + plot.right) / 2, height - 18, `last ${points.length} attempt${points.length === 1 ? '' : 's'} (dates in ${options.timeZone})`, 'font-size="14" text-anchor="middle" fill="#333"');
    DIMENSIONS.forEach((d, k) => {
      const colour = COLOURS[k]!;
      const coords = points.map((p, i) => `${x(i).toFixed(1)},${y(p.dimensions[d]).toFixed(1)}`);
      parts.push(`<polyline points="${coords.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`);
      if (points.length <= 30) coords.forEach((c) => {
        const [cx, cy] = c.split(',');
        parts.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${colour}"/>`);
      });
    });
  }

  DIMENSIONS.forEach((d, k) => {
    const ly = plot.top + 8 + k * 30;
    parts.push(`<line x1="${plot.right + 24}" x2="${plot.right + 52}" y1="${ly}" y2="${ly}" stroke="${COLOURS[k]}" stroke-width="4"/>`);
    text(plot.right + 60, ly + 5, DIMENSION_LABELS[d], 'font-size="15" fill="#1a1a1a"');
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">${parts.join('')}</svg>`;
}
