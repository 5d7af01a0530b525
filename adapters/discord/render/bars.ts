/** Score bars in a code span, so every bar has the same width in Discord's proportional font. */
import { bar } from '../../terminal/sparkline.ts';

export const scoreBar = (percent: number, width = 12) => `\`${bar(percent, width)}\``;

export const round1 = (n: number) => Math.round(n * 10) / 10;
