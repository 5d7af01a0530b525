/**
 * What the person types, as inputs the session can act on. At a terminal: readline's line editing, plus
 * two things readline does not do — a bracketed paste (`ESC[200~ … ESC[201~`) arrives whole, blank lines
 * and all, and Ctrl-D while answering finishes the answer instead of closing the input. From a pipe:
 * bounded lines, then `end` at end of input, so a piped session ends instead of waiting forever.
 */
import { createInterface, type Key } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { boundedLines } from './bounded-lines.ts';

export type Input =
  | { kind: 'line'; text: string }
  /** A bracketed paste, whole (with whatever was typed on the line before it). */
  | { kind: 'paste'; text: string }
  /** A piped line past the bound: its text was dropped unread. */
  | { kind: 'too-long' }
  /** Ctrl-D at a terminal, end of input from a pipe; `text` is what was typed on the line so far. */
  | { kind: 'end'; text: string }
  /** Ctrl-C: the person wants out; nothing typed since the last Enter counts. */
  | { kind: 'interrupt' };

/** At the command prompt Ctrl-D on an empty line means "quit"; while answering it means "done". */
export type InputMode = 'command' | 'answer';

export type LineSource = {
  read(prompt: string, mode: InputMode): Promise<Input>;
  /** No more input will come: the pipe ended, or the person pressed Ctrl-C. */
  readonly closed: boolean;
  close(): void;
};

/** A line longer than this from a pipe is dropped (the longest answer is 4,000 characters). */
export const MAX_PIPED_LINE_BYTES = 64 * 1024;

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';

export function lineSource(input: Readable & { isTTY?: boolean }, output: Writable & { isTTY?: boolean }): LineSource {
  return input.isTTY === true ? terminalLines(input, output) : pipedLines(input, output);
}

function pipedLines(input: Readable, output: Writable): LineSource {
  const lines = boundedLines(input, MAX_PIPED_LINE_BYTES)[Symbol.asyncIterator]();
  let closed = false;
  return {
    get closed() {
      return closed;
    },
    async read(prompt) {
      if (prompt) output.write(prompt);
      if (closed) return { kind: 'end', text: '' };
      // Pulled one at a time: a long pipe is never read ahead into memory.
      const next = await lines.next();
      if (next.done) {
        closed = true;
        return { kind: 'end', text: '' };
      }
      return next.value === null ? { kind: 'too-long' } : { kind: 'line', text: next.value };
    },
    close: () => {
      closed = true;
      void lines.return?.(undefined);
    },
  };
}

function terminalLines(input: Readable, output: Writable & { isTTY?: boolean }): LineSource {
  const before = new Set(input.listeners('keypress'));
  const rl = createInterface({ input, output, terminal: true, crlfDelay: Infinity });
  const queue: Input[] = [];
  const waiting: ((input: Input) => void)[] = [];
  let closed = false;
  let mode: InputMode = 'command';
  let paste: string | null = null;

  const deliver = (i: Input) => (waiting.length > 0 ? waiting.shift()!(i) : queue.push(i));
  /** Takes what is typed on the line out of readline (it would otherwise be part of the next line). */
  const takeLine = (): string => {
    const typed = rl.line;
    if (typed) {
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
    }
    return typed;
  };

  // readline's own keypress handler is put behind a filter (public EventEmitter calls only), so pastes and
  // Ctrl-D can be handled here; every other key goes on to readline as before.
  const readlineKeys = input.listeners('keypress').filter((l) => !before.has(l)) as ((s: string | undefined, key: Key) => void)[];
  for (const l of readlineKeys) input.removeListener('keypress', l);
  input.on('keypress', (s: string | undefined, key: Key | undefined) => {
    if (key?.name === 'paste-start') {
      paste = '';
      return;
    }
    if (key?.name === 'paste-end' && paste !== null) {
      const pasted = paste.replace(/\r\n?/g, '\n');
      paste = null;
      if (mode === 'command' && !pasted.includes('\n')) {
        rl.write(pasted); // a word or an id pasted at the prompt: as if typed
        return;
      }
      const text = takeLine() + pasted;
      output.write(`${text}${text.endsWith('\n') ? '' : '\n'}`);
      deliver({ kind: 'paste', text: text.replace(/\n$/, '') });
      return;
    }
    if (paste !== null) {
      paste += s ?? '';
      return;
    }
    if (key?.ctrl && key.name === 'd' && (mode === 'answer' || rl.line === '')) {
      const text = takeLine();
      output.write(`${text}\n`);
      deliver({ kind: 'end', text });
      return;
    }
    for (const l of readlineKeys) l(s, key as Key);
  });

  rl.on('line', (text) => deliver({ kind: 'line', text }));
  // Ctrl-C ends the session politely; readline would otherwise just pause the input.
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    closed = true;
    output.write(BRACKETED_PASTE_OFF);
    while (waiting.length > 0) waiting.shift()!({ kind: 'interrupt' });
  });
  const pasteOff = () => void output.write(BRACKETED_PASTE_OFF);
  process.once('exit', pasteOff); // whatever ends the process, leave the terminal as it was
  output.write(BRACKETED_PASTE_ON);

  return {
    get closed() {
      return closed;
    },
    read(prompt, readMode) {
      mode = readMode;
      if (queue.length > 0) return Promise.resolve(queue.shift()!);
      if (closed) return Promise.resolve({ kind: 'interrupt' });
      // readline owns the prompt, so it is redrawn when the person edits the line.
      rl.setPrompt(prompt);
      rl.prompt();
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => {
      process.removeListener('exit', pasteOff);
      rl.close();
    },
  };
}
