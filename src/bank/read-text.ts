/**
 * Reading a bank file as text, refusing what no parser should see: a file too large to be a question
 * (checked before reading, so a 50 MB file costs nothing), bytes that are not UTF-8 (named by line, not
 * served as U+FFFD), and a path that is missing or a folder.
 */
import { readFileSync, statSync } from 'node:fs';
import type { BankProblem } from './problems.ts';

/** One question is a few KB; 1 MB is far beyond any real one and parses in milliseconds. */
export const MAX_QUESTION_FILE_BYTES = 1024 * 1024;
/** bank.yaml and references.yaml hold every reference of the bank. */
export const MAX_SHARED_FILE_BYTES = 4 * 1024 * 1024;
/** A seed Markdown file holds the whole bank (the shipped one is about 100 KB for 28 questions). */
export const MAX_SEED_FILE_BYTES = 16 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
};

/** Stateless when not streaming, so one decoder serves every file (10,000 files in a big bank). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The 1-based line of the first byte that is not valid UTF-8, or null when all of it is. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  const decodes = (end: number) => {
    try {
      // stream: a sequence cut at `end` is not an error yet, so a longer prefix never decodes when a shorter one fails.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  try {
    strictUtf8.decode(bytes);
    return null;
  } catch {
    let bad: number;
    if (decodes(bytes.length)) bad = bytes.length - 1; // only a sequence cut short at the very end
    else {
      // The shortest failing prefix ends with the byte where the text goes wrong.
      let lo = 1;
      let hi = bytes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (decodes(mid)) lo = mid + 1;
        else hi = mid;
      }
      bad = lo - 1;
    }
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return line;
  }
}

/** The file's text, or null with the reason pushed to `problems` as `display:line: (file): …`. */
export function readBankText(path: string, display: string, maxBytes: number, problems: BankProblem[]): string | null {
  const fail = (message: string, line = 1) => {
    problems.push({ file: display, line, field: '(file)', message });
    return null;
  };
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return fail(`is ${megabytes(size)}; a file here may be at most ${megabytes(maxBytes)}`);
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return fail(REASONS[code] ?? `cannot be read: ${code}`);
  }
  try {
    // The BOM, if any, is dropped as an editor would.
    return strictUtf8.decode(bytes);
  } catch {
    return fail('is not valid UTF-8 text (save it as UTF-8)', firstInvalidUtf8Line(bytes) ?? 1);
  }
}
