/**
 * Lines from stdin, one at a time, for both a person at a TTY (line editing, Ctrl-C) and a pipe. At
 * end of input `next()` resolves null, so a piped session ends instead of waiting forever.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export type LineSource = {
  /** Shows `text` and waits for the next line (null at end of input). */
  ask(text: string): Promise<string | null>;
  next(): Promise<string | null>;
  close(): void;
};

export function lineSource(input: Readable & { isTTY?: boolean }, output: Writable): LineSource {
  const tty = input.isTTY === true;
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, crlfDelay: Infinity });
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : queue.push(line)));
  rl.on('close', () => {
    closed = true;
    while (waiting.length > 0) waiting.shift()!(null);
  });
  // Ctrl-C ends the session politely; readline would otherwise just pause the input.
  rl.on('SIGINT', () => rl.close());
  const next = (): Promise<string | null> => {
    if (queue.length > 0) return Promise.resolve(queue.shift()!);
    if (closed) return Promise.resolve(null);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return {
    ask(text: string) {
      // At a TTY readline owns the prompt, so it is redrawn when the user edits the line.
      if (tty && !closed) {
        rl.setPrompt(text);
        rl.prompt();
      } else output.write(text);
      return next();
    },
    next,
    close: () => rl.close(),
  };
}
