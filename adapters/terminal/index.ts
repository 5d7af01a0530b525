/** The terminal adapter's face for the composition root: an interactive session, or one attempt from stdin. */
import type { Readable, Writable } from 'node:stream';
import type { Practice, PracticeUser } from '../../src/practice/index.ts';
import { lineSource } from './lines.ts';
import { practiceOnce, type Once, type OnceIo } from './once.ts';
import { runSession } from './session.ts';
import { colourWanted, createStyle } from './style.ts';

export type TerminalOptions = {
  practice: Practice;
  user: PracticeUser;
  databasePath: string;
  input?: Readable & { isTTY?: boolean };
  output?: Writable & { isTTY?: boolean; columns?: number };
  env?: NodeJS.ProcessEnv;
  onBug?: (err: unknown) => void;
};

export async function startTerminal(o: TerminalOptions): Promise<void> {
  const input = o.input ?? process.stdin;
  const output = o.output ?? process.stdout;
  const style = createStyle(colourWanted(output, o.env ?? process.env));
  const width = Math.min(100, output.columns ?? 100);
  await runSession({ practice: o.practice, user: o.user, lines: lineSource(input, output), output, style, width, databasePath: o.databasePath, onBug: o.onBug });
}

export function answerOnce(practice: Practice, once: Once, io: OnceIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return practiceOnce(practice, once, io, createStyle(colourWanted(process.stdout, env)));
}

export type { Once, OnceIo };
