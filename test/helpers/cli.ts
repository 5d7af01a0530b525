/** The CLI run in-process with its output captured; standard input is `stdin` (bounded as the real one is). */
import { Readable } from 'node:stream';
import { runCli, type Io } from '../../src/cli/main.ts';
import { readBounded } from '../../src/cli/io.ts';

export function captureIo(stdin = '', stdinIsTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: (max) => readBounded(Readable.from([Buffer.from(stdin)]), max),
    stdin: Readable.from([Buffer.from(stdin)]),
    stdinIsTTY,
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

export async function cli(argv: string[], stdin = '') {
  const c = captureIo(stdin);
  const code = await runCli(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}
