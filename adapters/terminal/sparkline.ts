/** A one-line chart of 0–100 values, on a fixed scale so lines for different dimensions compare. */
const TICKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[]): string {
  return values.map((v) => TICKS[Math.min(TICKS.length - 1, Math.max(0, Math.floor((v / 100) * TICKS.length)))]).join('');
}

export function bar(percent: number, width = 20): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
