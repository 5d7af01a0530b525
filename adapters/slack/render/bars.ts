/** Bars and sparklines in code spans, so they line up in Slack's proportional font. */
import { bar, sparkline } from '../../terminal/sparkline.ts';

export const scoreBar = (percent: number, width = 12) => `\`${bar(percent, width)}\``;
export const percentOf = (score: number, max: number) => (max > 0 ? (100 * score) / max : 0);
export const round1 = (n: number) => Math.round(n * 10) / 10;
export { sparkline };
