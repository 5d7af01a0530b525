/**
 * Text charts every adapter shows: a one-line sparkline of 0–100 values (a fixed scale, so lines for
 * different dimensions compare) and a bar; chat adapters wrap them in code spans so they line up.
 */
const TICKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[]): string {
  return values.map((v) => TICKS[Math.min(TICKS.length - 1, Math.max(0, Math.floor((v / 100) * TICKS.length)))]).join('');
}

export function bar(percent: number, width = 20): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A bar in a code span, so every bar has the same width in Discord's and Slack's proportional fonts. */
export const scoreBar = (percent: number, width = 12) => `\`${bar(percent, width)}\``;
export const percentOf = (score: number, max: number) => (max > 0 ? (100 * score) / max : 0);
export const round1 = (n: number) => Math.round(n * 10) / 10;
