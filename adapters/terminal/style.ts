/** Colour for people at a terminal, plain text for pipes, CI and anyone who sets NO_COLOR. */
import { styleText } from 'node:util';

type Format = Parameters<typeof styleText>[0];

export type Style = Record<'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan' | 'magenta', (text: string) => string> & { enabled: boolean };

export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false; // https://no-color.org
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function createStyle(enabled: boolean): Style {
  // validateStream off: whether to colour is decided above, for the stream we actually write to.
  const paint = (format: Format) => (text: string) => (enabled ? styleText(format, text, { validateStream: false }) : text);
  return { enabled, bold: paint('bold'), dim: paint('dim'), green: paint('green'), yellow: paint('yellow'), red: paint('red'), cyan: paint('cyan'), magenta: paint('magenta') };
}

/** Green for strong, yellow for fair, red for weak: the same thresholds as the review ratings. */
export function byScore(style: Style, percent: number): (text: string) => string {
  return percent >= 85 ? style.green : percent >= 60 ? style.cyan : percent >= 40 ? style.yellow : style.red;
}
