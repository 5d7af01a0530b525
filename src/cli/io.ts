/** What the commands read and write: the process's streams, or a test's. Input is always bounded. */
import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { MAX_ANSWER_CHARS } from '../practice/index.ts';
import { CliError } from './errors.ts';

export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard input, read up to `maxBytes`; `tooLong` when there was more (the rest is never read). */
  readStdin: (maxBytes: number) => Promise<{ text: string; tooLong: boolean }>;
  /** Standard input as a stream, for line-by-line reading (`score --batch -`). */
  stdin?: Readable;
  /** A person is typing at standard input (nothing piped): say so before waiting on it. */
  stdinIsTTY?: boolean;
};

/**
 * 64 KB: sixteen times the 4,000 characters an answer may have and three times what the scorer reads
 * (20,000 characters), so nothing real is cut, while 100 MB piped in is refused after 64 KB.
 */
export const MAX_ANSWER_INPUT_BYTES = 64 * 1024;

export async function readBounded(stream: Readable, maxBytes: number): Promise<{ text: string; tooLong: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    // Leaving the loop stops the stream: what is past the bound is never buffered.
    if (size > maxBytes) return { text: '', tooLong: true };
    chunks.push(buffer);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), tooLong: false };
}

const NOT_READABLE: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** A path named on the command line, checked before use so a mistake is named plainly (`what`: "the seed file"). */
export function requireInput(path: string, what: string, mustBeFile = true): { size: number } {
  const fail = (code: string) =>
    new CliError(code === 'ENOENT' ? 'not-found' : 'unreadable', `${path}: ${NOT_READABLE[code] ?? `cannot be read (${code})`}; expected ${what}`);
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    throw fail((err as NodeJS.ErrnoException).code ?? 'error');
  }
  if (mustBeFile && stats.isDirectory()) throw fail('EISDIR');
  return { size: stats.size };
}

const tooLong = (limit: string) =>
  new CliError('answer-too-long', `Your answer is over 64 KB; ${limit}. Trim it to the decisions and the numbers that carry them.`);

/**
 * The answer for `score` and `practice`: from a file when one is named, else from standard input, never
 * more than MAX_ANSWER_INPUT_BYTES either way.
 */
export async function readAnswer(file: string | undefined, io: Io, limit = `the limit is ${MAX_ANSWER_CHARS.toLocaleString('en-US')} characters`): Promise<string> {
  if (file !== undefined) {
    const { size } = requireInput(file, 'a text file holding the answer');
    if (size > MAX_ANSWER_INPUT_BYTES) throw tooLong(limit);
    return readFileSync(file, 'utf8');
  }
  if (io.stdinIsTTY) io.err('Reading the answer from this terminal: type it, then press Ctrl-D on an empty line. (Or name a file: … answer.txt)');
  const { text, tooLong: over } = await io.readStdin(MAX_ANSWER_INPUT_BYTES);
  if (over) throw tooLong(limit);
  return text;
}
